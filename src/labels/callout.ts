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

/** Where a box of `w` x `h` stands when its edge meets the point (x, y) from direction (dx, dy): away from the symbol. */
function boxAway(x: number, y: number, dx: number, dy: number, w: number, h: number): Box {
  const x0 = dx > 0.35 ? x : dx < -0.35 ? x - w : x - w / 2;
  const y0 = dy > 0.35 ? y : dy < -0.35 ? y - h : y - h / 2;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/**
 * The spots to try for a label of `shape` whose symbol, `radius` pixels across from its centre to its
 * edge, stands at (x, y): at each distance up to `reach`, every direction.
 */
export function calloutSpots(x: number, y: number, shape: LabelShape, radius: number, reach: number = Number.POSITIVE_INFINITY): CalloutSpot[] {
  const spots: CalloutSpot[] = [];
  for (const distance of CALLOUT_DISTANCES.filter((d) => d <= reach)) {
    for (const angle of ANGLES) {
      const [dx, dy] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
      const reach = shape.clearance + distance;
      const end = { x: x + dx * reach, y: y + dy * reach };
      spots.push({ box: boxAway(end.x, end.y, dx, dy, shape.width, shape.height), leader: { x0: x + dx * radius, y0: y + dy * radius, x1: end.x, y1: end.y } });
    }
  }
  return spots;
}

/** Whether the segment crosses `box` grown by `padding` (Liang–Barsky clipping). */
export function crossesBox(line: Leader, box: Box, padding = 0): boolean {
  const [dx, dy] = [line.x1 - line.x0, line.y1 - line.y0];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, line.x0 - (box.x0 - padding)],
    [dx, box.x1 + padding - line.x0],
    [-dy, line.y0 - (box.y0 - padding)],
    [dy, box.y1 + padding - line.y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}
