/**
 * The printed map's projection: Web Mercator (src/geometry/mercator.ts, the screen map's too), from a
 * frame of longitudes and latitudes onto a page of map units.
 */
import { latitudeOf, mercatorY } from '../geometry/mercator.ts';

/** A frame of the map: `[west, south, east, north]` in degrees. */
export type Frame = [number, number, number, number];

/** A page point, in map units from the top left corner. */
export type PagePoint = [number, number];

/** Projects `[lon, lat]` onto a page `width` units wide showing `frame` (whose shape sets the height). */
export function projector(frame: Frame, width: number): (position: readonly number[]) => PagePoint {
  const [west, , east, north] = frame;
  const scale = width / (east - west);
  const top = mercatorY(north);
  return function project([lon = 0, lat = 0]) {
    return [(lon - west) * scale, (top - mercatorY(lat)) * scale];
  };
}

/** The page height of a frame printed `width` units wide. */
export function pageHeight([west, south, east, north]: Frame, width: number): number {
  return ((mercatorY(north) - mercatorY(south)) * width) / (east - west);
}

/** The frame of a box of a page `width` units wide showing `frame`: what an inset of that box shows. */
export function boxFrame(frame: Frame, width: number, box: { x: number; y: number; width: number; height: number }): Frame {
  const [west, , east, north] = frame;
  const scale = width / (east - west);
  const top = mercatorY(north);
  return [west + box.x / scale, latitudeOf(top - (box.y + box.height) / scale), west + (box.x + box.width) / scale, latitudeOf(top - box.y / scale)];
}
