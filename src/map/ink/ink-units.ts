/** The way back from the embedded basemap's path units (`projectToUnits`) to longitude and latitude, for drawing on a still map. */
import type { LonLat } from '../../ui/ink.ts';
import { WORLD_UNITS } from '../basemap/basemap-units.ts';
import { clampLatitude, latitudeOf, MAX_LONGITUDE } from '../../geometry/mercator.ts';

/** A point in path units as `[longitude, latitude]`, within the latitudes the map shows and the longitudes the ink keeps. */
export function unitsToLonLat([x, y]: readonly [number, number]): LonLat {
  const lon = (x / WORLD_UNITS) * 360 - 180;
  const lat = latitudeOf((0.5 - y / WORLD_UNITS) * 360);
  return [Math.max(-MAX_LONGITUDE, Math.min(MAX_LONGITUDE, lon)), clampLatitude(lat)];
}

/** The tip and two back corners of an arrowhead `length` long at the end of the line from `tail` to `head`, in the same units. */
export function arrowheadPoints(tail: readonly [number, number], head: readonly [number, number], length: number): [number, number][] {
  const [dx, dy] = [head[0] - tail[0], head[1] - tail[1]];
  const d = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / d, dy / d];
  const [bx, by] = [head[0] - ux * length, head[1] - uy * length];
  const half = length * 0.45;
  return [
    [head[0], head[1]],
    [bx - uy * half, by + ux * half],
    [bx + uy * half, by - ux * half],
  ];
}
