/**
 * Callouts: where a story name finds no room beside its symbol, it is set a little way off, in free
 * space (sea, empty land), with a short line back to the symbol, as the printed handout's number tags
 * and a newspaper's locator map do. Pure geometry: the positions to try, nearest first, and whether a
 * line crosses a box.
 */
import type { Box, LabelShape } from './label-box.ts';

/** A line in the view's pixels, from the symbol's edge to the label. */
export interface Leader {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A place for a called-out label: its text box and the line to it. */
export interface CalloutSpot {
  box: Box;
  leader: Leader;
}

/** How far beyond the symbol's edge a callout's label may stand, nearest first, in pixels. */
export const CALLOUT_DISTANCES = [18, 32, 50, 75, 110] as const;

/** Directions, in degrees clockwise from east: the upper right first, as a cartographer prefers. */
const ANGLES = [-45, 45, -135, 135, 0, 180, -90, 90, -22.5, 22.5, -157.5, 157.5, -67.5, -112.5, 67.5, 112.5];
/** …as unit steps, worked out once. */
const DIRECTION_X = ANGLES.map((angle) => Math.cos((angle * Math.PI) / 180));
const DIRECTION_Y = ANGLES.map((angle) => Math.sin((angle * Math.PI) / 180));

/**
 * The first spot `accept` takes for a label of `shape` whose symbol, `radius` pixels across from its
 * centre to its edge, stands at (x, y): at each distance up to `reach`, nearest first, every direction.
 * `accept` sees one spot object, filled anew for each try (a placement tries thousands a view, and
 * made one by one they are most of its garbage); the spot taken is returned as a copy of its own.
 */
export function findCallout(x: number, y: number, shape: LabelShape, radius: number, reach: number, accept: (spot: CalloutSpot) => boolean): CalloutSpot | null {
  const box = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const leader = { x0: 0, y0: 0, x1: 0, y1: 0 };
  const spot = { box, leader };
  const w = shape.width;
  const h = shape.height;
  // Indexed loops and plain assignments: in code not yet optimised, each iterator and array literal is made.
  for (let d = 0; d < CALLOUT_DISTANCES.length; d += 1) {
    const distance = CALLOUT_DISTANCES[d] ?? 0;
    if (distance > reach) break;
    const out = shape.clearance + distance;
    for (let a = 0; a < ANGLES.length; a += 1) {
      const dx = DIRECTION_X[a] ?? 0;
      const dy = DIRECTION_Y[a] ?? 0;
      const ex = x + dx * out;
      const ey = y + dy * out;
      // The label stands away from the symbol, its edge at the line's end.
      box.x0 = dx > 0.35 ? ex : dx < -0.35 ? ex - w : ex - w / 2;
      box.y0 = dy > 0.35 ? ey : dy < -0.35 ? ey - h : ey - h / 2;
      box.x1 = box.x0 + w;
      box.y1 = box.y0 + h;
      leader.x0 = x + dx * radius;
      leader.y0 = y + dy * radius;
      leader.x1 = ex;
      leader.y1 = ey;
      if (accept(spot)) return { box: { ...box }, leader: { ...leader } };
    }
  }
  return null;
}

/** The area that holds every spot `findCallout` tries, and their lines. */
export function calloutArea(x: number, y: number, shape: LabelShape, radius: number, reach: number): Box {
  const farthest = CALLOUT_DISTANCES.filter((distance) => distance <= reach).at(-1) ?? 0;
  const out = Math.max(shape.clearance + farthest, radius);
  return { x0: x - out - shape.width, y0: y - out - shape.height, x1: x + out + shape.width, y1: y + out + shape.height };
}

/** Every spot `findCallout` would try, in its order. */
export function calloutSpots(x: number, y: number, shape: LabelShape, radius: number, reach: number = Number.POSITIVE_INFINITY): CalloutSpot[] {
  const spots: CalloutSpot[] = [];
  findCallout(x, y, shape, radius, reach, ({ box, leader }) => {
    spots.push({ box: { ...box }, leader: { ...leader } });
    return false;
  });
  return spots;
}

/**
 * Whether the segment crosses `box` grown by `padding` (Liang–Barsky clipping): the part of the
 * segment, from t0 to t1, within each pair of the box's edges in turn. Written out edge by edge,
 * making no objects and calling nothing: it runs thousands of times a view, mostly unoptimised.
 */
export function crossesBox(line: Leader, box: Box, padding = 0): boolean {
  const dx = line.x1 - line.x0;
  const dy = line.y1 - line.y0;
  // Each edge as p·t ≤ q: where p is 0 the segment runs parallel to the edge, within it when q ≥ 0.
  const left = line.x0 - (box.x0 - padding);
  const right = box.x1 + padding - line.x0;
  const top = line.y0 - (box.y0 - padding);
  const bottom = box.y1 + padding - line.y0;
  let t0 = 0;
  let t1 = 1;
  if (dx === 0) {
    if (left < 0 || right < 0) return false;
  } else if (dx > 0) {
    t0 = Math.max(t0, -left / dx);
    t1 = Math.min(t1, right / dx);
  } else {
    t0 = Math.max(t0, right / dx);
    t1 = Math.min(t1, -left / dx);
  }
  if (t0 > t1) return false;
  if (dy === 0) return top >= 0 && bottom >= 0;
  if (dy > 0) return Math.max(t0, -top / dy) <= Math.min(t1, bottom / dy);
  return Math.max(t0, bottom / dy) <= Math.min(t1, -top / dy);
}

/**
 * Whether two segments cross (each one's ends on either side of the other's line); touching ends
 * and parallel segments do not. Two callout lines that cross read as each naming the other's place.
 */
export function segmentsCross(a: Leader, b: Leader): boolean {
  const side = (l: Leader, x: number, y: number) => (l.x1 - l.x0) * (y - l.y0) - (l.y1 - l.y0) * (x - l.x0);
  const [b0, b1] = [side(a, b.x0, b.y0), side(a, b.x1, b.y1)];
  const [a0, a1] = [side(b, a.x0, a.y0), side(b, a.x1, a.y1)];
  return b0 * b1 < 0 && a0 * a1 < 0;
}
