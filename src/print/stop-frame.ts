/**
 * The frame of a tour stop's printed map: what its camera showed (its box, or the box its centre and
 * zoom showed on a laptop's map) and every one of its places, in the shape of the stop's small map. Pure.
 */
import type { TourStop } from '../story/schema.ts';
import { printFrame } from './print-frame.ts';
import { latitudeOf, mercatorY } from '../geometry/mercator.ts';
import type { Frame } from './print-projection.ts';

/** The shape of a stop's printed map, height over width. */
export const STOP_MAP_ASPECT = 0.7;
/** A stop's map in map units: 82 mm on paper, where the places handout's 1,000 are 186 mm, so its type is as large. */
export const STOP_MAP_WIDTH = 440;
/** The map a stop's centre and zoom are read on, in pixels: a laptop's map beside the tour panel. */
const VIEW = { width: 900, height: 630 };
const DEGREES_A_PIXEL_AT_ZOOM_0 = 360 / 256;

/** The box a camera of centre and zoom shows on a map of `VIEW`'s size: `[west, south, east, north]`. */
export function cameraBox(center: readonly number[], zoom: number): Frame {
  const [lon = 0, lat = 0] = center;
  const perPixel = DEGREES_A_PIXEL_AT_ZOOM_0 / 2 ** zoom;
  const [halfWidth, halfHeight] = [(VIEW.width / 2) * perPixel, (VIEW.height / 2) * perPixel];
  return [lon - halfWidth, latitudeOf(mercatorY(lat) - halfHeight), lon + halfWidth, latitudeOf(mercatorY(lat) + halfHeight)];
}

/** The frame of the stop's map: its camera's box and `positions` (its places'), all of them in it. */
export function stopFrame(stop: Pick<TourStop, 'camera'>, positions: readonly (readonly number[])[]): Frame {
  const [west, south, east, north] = 'bbox' in stop.camera ? (stop.camera.bbox as Frame) : cameraBox(stop.camera.center, stop.camera.zoom);
  const corners: [number, number][] = [[west, south], [east, north]];
  const points = [...corners, ...positions.map(([lon = 0, lat = 0]) => [lon, lat] as [number, number])];
  return printFrame(points, { maxLonSpan: 360, maxLatSpan: 170, margin: 0.03, aspect: STOP_MAP_ASPECT });
}
