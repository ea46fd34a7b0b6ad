/**
 * The embedded basemap: Natural Earth 1:50m countries from the `world-atlas` package, turned from
 * TopoJSON into GeoJSON and cut at the antimeridian. Used at build time, by basemap-paths.ts.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutAtAntimeridian } from './antimeridian.ts';

type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** Countries as GeoJSON that Leaflet can draw without stripes across the world. */
export function countriesFromTopology(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): Countries {
  const collection = feature(topology, topology.objects.countries) as Countries;
  return {
    type: 'FeatureCollection',
    features: collection.features
      .filter((country) => country.geometry !== null)
      .map((country) => ({ ...country, geometry: cutAtAntimeridian(country.geometry) })),
  };
}
