/**
 * Which part of the world the printed map shows: the region where most of the places are, so that a
 * handful of far-away places (another continent) do not shrink the rest to a dot. Pure.
 */
import { latitudeOf, mercatorY } from '../geometry/mercator.ts';
import type { Frame } from './print-projection.ts';

/** Options of `printFrame`, with their defaults in `FRAME_DEFAULTS`. */
export interface FrameOptions {
  /** The widest span of longitude, in degrees, that the frame looks for places in. */
  maxLonSpan: number;
  /** The widest span of latitude, in degrees. */
  maxLatSpan: number;
  /** The margin around the places, a share of the frame's size on each side. */
  margin: number;
  /** The frame's height over its width on the page. */
  aspect: number;
}

/** A frame of Europe and the Middle East for this story; continents apart for any story. */
export const FRAME_DEFAULTS: FrameOptions = { maxLonSpan: 75, maxLatSpan: 50, margin: 0.08, aspect: 0.72 };

/** The start of the window of `span` that holds the most of `values` (sorted), the first of equals. */
function densestWindow(values: readonly number[], span: number): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  let best: [number, number] = [sorted[0] ?? 0, (sorted[0] ?? 0) + span];
  let bestCount = 0;
  for (const [i, start] of sorted.entries()) {
    let count = 0;
    for (let j = i; j < sorted.length && (sorted[j] ?? Infinity) <= start + span; j += 1) count += 1;
    if (count > bestCount) [best, bestCount] = [[start, start + span], count];
  }
  return best;
}

/**
 * The frame that shows the densest cluster of `points` (`[lon, lat]`): the window of longitude and
 * then of latitude holding the most of them, their bounds with a margin, widened to the page's shape.
 */
export function printFrame(points: readonly (readonly [number, number])[], options: Partial<FrameOptions> = {}): Frame {
  const { maxLonSpan, maxLatSpan, margin, aspect } = { ...FRAME_DEFAULTS, ...options };
  if (points.length === 0) return [-180, -60, 180, 75];
  const [lonFrom, lonTo] = densestWindow(points.map(([lon]) => lon), maxLonSpan);
  const inLon = points.filter(([lon]) => lon >= lonFrom && lon <= lonTo);
  const [latFrom, latTo] = densestWindow(inLon.map(([, lat]) => lat), maxLatSpan);
  const cluster = inLon.filter(([, lat]) => lat >= latFrom && lat <= latTo);
  const lons = cluster.map(([lon]) => lon);
  const ys = cluster.map(([, lat]) => mercatorY(lat));
  let [west, east] = [Math.min(...lons), Math.max(...lons)];
  let [bottom, top] = [Math.min(...ys), Math.max(...ys)];
  // At least a few degrees, so that a single place is not a frame of zero size.
  const width = Math.max(east - west, 4) * (1 + 2 * margin);
  const height = Math.max(top - bottom, 4) * (1 + 2 * margin);
  const [cx, cy] = [(west + east) / 2, (bottom + top) / 2];
  const [w, h] = height / width > aspect ? [height / aspect, height] : [width, width * aspect];
  [west, east, bottom, top] = [cx - w / 2, cx + w / 2, cy - h / 2, cy + h / 2];
  return [west, latitudeOf(bottom), east, latitudeOf(top)];
}

/** Whether every position lies inside the frame. */
export function insideFrame([west, south, east, north]: Frame, positions: readonly (readonly number[])[]): boolean {
  return positions.every(([lon = NaN, lat = NaN]) => lon >= west && lon <= east && lat >= south && lat <= north);
}
