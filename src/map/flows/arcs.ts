/**
 * Flow lines: a gentle curve between two positions, and the direction of travel at its end, both
 * computed in Web Mercator so that they look the same at every zoom.
 */
import type { Position } from '../../story/schema.ts';
import { latitudeOf, mercatorY } from '../../geometry/mercator.ts';

/** Options of `arcPositions`. */
export interface ArcOptions {
  /** How far the middle of the arc leaves the straight line, as a share of its length; >0 bends left. */
  bend: number;
  /** How many straight segments draw the arc. */
  segments: number;
}

/** Defaults of `arcPositions`: a gentle left-hand bend in 32 segments. */
export const ARC_DEFAULTS: ArcOptions = { bend: 0.18, segments: 32 };

/** The positions of a quadratic arc from `from` to `to`, both included, as `[longitude, latitude]`. */
export function arcPositions(from: Position, to: Position, options: Partial<ArcOptions> = {}): Position[] {
  const { bend, segments } = { ...ARC_DEFAULTS, ...options };
  const [x0 = 0, lat0 = 0] = from;
  const [x2 = 0, lat2 = 0] = to;
  const y0 = mercatorY(lat0);
  const y2 = mercatorY(lat2);
  const [dx, dy] = [x2 - x0, y2 - y0];
  // The control point sits off the midpoint, perpendicular to the chord (to the left of travel).
  const x1 = (x0 + x2) / 2 - dy * bend * 2;
  const y1 = (y0 + y2) / 2 + dx * bend * 2;
  const positions: Position[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const t = i / segments;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * x1 + t * t * x2;
    const y = u * u * y0 + 2 * u * t * y1 + t * t * y2;
    positions.push([x, latitudeOf(y)]);
  }
  return positions;
}
