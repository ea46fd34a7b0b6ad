/**
 * The embedded basemap as canvas paths, made at build time: Natural Earth 1:50m countries, cut at
 * the antimeridian, projected to Web Mercator and written as SVG path data. The browser turns them
 * into `Path2D` objects and draws them with one transform per view, with no work per point in
 * script: drawing the countries as Leaflet polygons took about 600 ms of a slow phone (4x CPU) at
 * start-up, in TopoJSON decoding, projection and garbage collection.
 */
import type { Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesFromTopology } from './basemap-data.ts';
import { WORLD_UNITS } from './basemap-units.ts';
import { mercatorY } from './mercator.ts';

/** Web Mercator's limit of latitude, as Leaflet's. */
const MAX_LATITUDE = 85.0511287798;
/** About how many points go into one path: one path is made per task in the browser. */
const POINTS_PER_PATH = 6000;

/** The basemap's paths: each a string of SVG path data in path units, from (0, 0) at 180°W, 85°N. */
export interface BasemapPaths {
  /** Country outlines: filled as land and stroked as borders and coasts. */
  countries: string[];
}

/** A longitude and latitude as whole path units of the world at zoom 0 (Leaflet's EPSG:3857 pixels). */
export function projectToUnits([lon = 0, lat = 0]: Position): [number, number] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  // mercatorY spans -180..180 degree-like units over Web Mercator's square world, as longitude does.
  const x = ((lon + 180) / 360) * WORLD_UNITS;
  const y = (0.5 - mercatorY(clamped) / 360) * WORLD_UNITS;
  // `+ 0` turns a rounded -0 into 0.
  return [Math.round(x) + 0, Math.round(y) + 0];
}

/** One closed ring as path data: a move to its first point, then relative lines; repeated points dropped. */
export function ringPath(ring: readonly Position[]): { data: string; points: number } {
  let data = '';
  let points = 0;
  let last: [number, number] | undefined;
  for (const position of ring) {
    const [x, y] = projectToUnits(position);
    if (!last) data += `M${x} ${y}l`;
    else if (x !== last[0] || y !== last[1]) data += `${points > 1 ? ' ' : ''}${x - last[0]}${y - last[1] < 0 ? '' : ' '}${y - last[1]}`;
    else continue;
    last = [x, y];
    points += 1;
  }
  return { data: points > 2 ? `${data}z` : '', points };
}

/** The countries of a world-atlas topology as paths of about POINTS_PER_PATH points each. */
export function basemapPaths(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): BasemapPaths {
  const countries: string[] = [];
  let path = '';
  let points = 0;
  for (const country of countriesFromTopology(topology).features) {
    const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
    for (const ring of polygons.flat()) {
      const drawn = ringPath(ring);
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
