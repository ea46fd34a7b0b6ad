/**
 * The embedded basemap as canvas paths, made at build time: Natural Earth 1:50m countries, cut at
 * the antimeridian, projected to Web Mercator and written as SVG path data. The browser turns them
 * into `Path2D` objects and draws them with one transform per view, with no work per point in
 * script: drawing the countries as Leaflet polygons took about 600 ms of a slow phone (4x CPU) at
 * start-up, in TopoJSON decoding, projection and garbage collection.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesFromTopology } from './basemap-data.ts';
import { pathData } from './path-units.ts';

/** About how many points go into one path: one path is made per task in the browser. */
const POINTS_PER_PATH = 6000;

/** The basemap's paths: each a string of SVG path data in path units, from (0, 0) at 180°W, 85°N. */
export interface BasemapPaths {
  /** Country outlines: filled as land and stroked as borders and coasts. */
  countries: string[];
}

/** The countries of a world-atlas topology as paths of about POINTS_PER_PATH points each. */
export function basemapPaths(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): BasemapPaths {
  const countries: string[] = [];
  let path = '';
  let points = 0;
  for (const country of countriesFromTopology(topology).features) {
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const ring of polygons.flat()) {
      const drawn = pathData(ring, true);
      path += drawn.data;
      points += drawn.points;
      if (points >= POINTS_PER_PATH) {
        countries.push(path);
        path = '';
        points = 0;
      }
    }
  }
  if (path) countries.push(path);
  return { countries };
}
