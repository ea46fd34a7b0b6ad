/**
 * The parts of the map that nothing covers: the map's box less the panels, the sheet, the key and the
 * map's own controls, as rectangles in container pixels. Pure, for the framing and the off-view arrows.
 */
import type { Point } from '../../geometry/web-mercator.ts';

/** A rectangle in the map's container pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** Width times height. */
export function rectArea(rect: Rect): number {
  return Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top);
}

/** The coverings clipped to the map's box, those that cover nothing left out. */
export function clipCoverings(size: Point, coverings: readonly Rect[]): Rect[] {
  return coverings
    .map((c) => ({ left: Math.max(0, c.left), top: Math.max(0, c.top), right: Math.min(size.x, c.right), bottom: Math.min(size.y, c.bottom) }))
    .filter((c) => c.right > c.left && c.bottom > c.top);
}

/**
 * The largest rectangles of the map that no covering overlaps (none inside another), each drawn in by
 * `margin` on every side, largest first. With no room at all, the map's centre.
 */
export function uncoveredAreas(size: Point, coverings: readonly Rect[], margin: number): Rect[] {
  const clipped = clipCoverings(size, coverings);
  const xs = [...new Set([0, size.x, ...clipped.flatMap((c) => [c.left, c.right])])].sort((a, b) => a - b);
  const ys = [...new Set([0, size.y, ...clipped.flatMap((c) => [c.top, c.bottom])])].sort((a, b) => a - b);
  // A rectangle between grid lines [i, j) x [k, l) is kept when it is empty and no side can move out a line.
  const isEmpty = (i: number, j: number, k: number, l: number) => {
    const [left, right, top, bottom] = [xs[i], xs[j], ys[k], ys[l]];
    if (left === undefined || right === undefined || top === undefined || bottom === undefined) return false;
    return !clipped.some((c) => overlaps({ left, top, right, bottom }, c));
  };
  const areas: Rect[] = [];
  for (let i = 0; i < xs.length; i += 1) {
    for (let j = i + 1; j < xs.length; j += 1) {
      for (let k = 0; k < ys.length; k += 1) {
        for (let l = k + 1; l < ys.length; l += 1) {
          if (!isEmpty(i, j, k, l)) continue;
          if (isEmpty(i - 1, j, k, l) || isEmpty(i, j + 1, k, l) || isEmpty(i, j, k - 1, l) || isEmpty(i, j, k, l + 1)) continue;
          const [left = 0, right = 0, top = 0, bottom = 0] = [xs[i], xs[j], ys[k], ys[l]];
          areas.push({ left: left + margin, top: top + margin, right: right - margin, bottom: bottom - margin });
        }
      }
    }
  }
  const roomy = areas.filter((r) => r.right >= r.left && r.bottom >= r.top).sort((a, b) => rectArea(b) - rectArea(a));
  return roomy.length > 0 ? roomy : [{ left: size.x / 2, top: size.y / 2, right: size.x / 2, bottom: size.y / 2 }];
}

/** Whether a container point lies at least `margin` inside the map's box and at least `margin` from every covering. */
export function isUncovered(point: Point, size: Point, coverings: readonly Rect[], margin: number): boolean {
  const { x, y } = point;
  if (x < margin || y < margin || x > size.x - margin || y > size.y - margin) return false;
  return !coverings.some((c) => x > c.left - margin && x < c.right + margin && y > c.top - margin && y < c.bottom + margin);
}
