/**
 * The embedded basemap: Natural Earth 1:50m countries from the `world-atlas` package, turned from
 * TopoJSON into GeoJSON and cut at the antimeridian. Loaded as its own chunk after first paint.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { cutAtAntimeridian } from './antimeridian.ts';
import { mapInSlices } from './time-slice.ts';

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

/**
 * Fetches the embedded country data (a chunk of this build, never another host) and turns it into
 * GeoJSON one country at a time, in slices, so that the page stays responsive meanwhile.
 */
export async function loadCountries(cancelled: () => boolean = () => false): Promise<Countries> {
  const { default: data } = await import('world-atlas/countries-50m.json');
  const topology = data as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = await mapInSlices(topology.objects.countries.geometries, (geometry) => countriesFromTopology({ ...topology, objects: { countries: { type: 'GeometryCollection', geometries: [geometry] } } }).features, cancelled);
  return { type: 'FeatureCollection', features: countries.flat() };
}
