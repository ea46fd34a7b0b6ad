/**
 * Longitudes and latitudes as the embedded basemap's path units (Web Mercator, the world
 * WORLD_UNITS wide) and as SVG path data, which the browser turns into `Path2D` objects. Shared by
 * the build (the countries) and the browser (the rivers).
 */
import type { Position } from 'geojson';
import { WORLD_UNITS } from './basemap-units.ts';
import { clampLatitude, mercatorY } from '../../geometry/mercator.ts';

/** A longitude and latitude as whole path units of the world at zoom 0 (Leaflet's EPSG:3857 pixels). */
export function projectToUnits([lon = 0, lat = 0]: Position): [number, number] {
  const clamped = clampLatitude(lat);
  // mercatorY spans -180..180 degree-like units over Web Mercator's square world, as longitude does.
  const x = ((lon + 180) / 360) * WORLD_UNITS;
  const y = (0.5 - mercatorY(clamped) / 360) * WORLD_UNITS;
  // `+ 0` turns a rounded -0 into 0.
  return [Math.round(x) + 0, Math.round(y) + 0];
}

/**
 * A line or a ring as path data: a move to its first point, then relative lines; repeated points
 * dropped. A ring (`closed`) is closed with `z`, and is left out (empty data) if it has under 3
 * points; a line is left out if it has under 2.
 */
export function pathData(positions: readonly Position[], closed: boolean): { data: string; points: number } {
  let data = '';
  let points = 0;
  let last: [number, number] | undefined;
  for (const position of positions) {
    const [x, y] = projectToUnits(position);
    if (!last) data += `M${x} ${y}l`;
    else if (x !== last[0] || y !== last[1]) data += `${points > 1 ? ' ' : ''}${x - last[0]}${y - last[1] < 0 ? '' : ' '}${y - last[1]}`;
    else continue;
    last = [x, y];
    points += 1;
  }
  if (closed) return { data: points > 2 ? `${data}z` : '', points };
  return { data: points > 1 ? data : '', points };
}
