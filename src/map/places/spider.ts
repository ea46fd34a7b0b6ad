/**
 * Where the places of a group are drawn when the camera can go no closer (camera-limits.ts) and they
 * still overlap: fanned out on a circle round their centre, each on a short line from its true place,
 * as Leaflet.markercluster's "spiderfy" does. So every place keeps a button of its own and a name,
 * and the line says where it truly is. Pure: offsets in pixels.
 */
import { metresPerPixel } from '../../geometry/web-mercator.ts';

/** The most places fanned out; a larger group stays a group. */
export const SPIDER_MOST = 8;

/** Pixels between neighbouring symbols on the circle, beyond their size. */
const SPIDER_GAP = 10;

/** How far apart two angles are, in radians (0 to π). */
function turn(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * The offsets from the group's centre, in pixels, of `count` symbols of `size` pixels, on a circle.
 * Given each symbol's true direction from the centre (`towards`, radians, screen y down), each keeps
 * its side as nearly as the circle lets it (the Sinai stays south-west of Damascus); else the first
 * stands at the upper right.
 */
export function spiderOffsets(count: number, size: number, towards: readonly number[] = []): { dx: number; dy: number }[] {
  if (count <= 1) return [{ dx: 0, dy: 0 }].slice(0, count);
  // A circle whose arc between two neighbours holds a symbol and the gap, and which clears the centre.
  const radius = Math.max(size, ((size + SPIDER_GAP) * count) / (2 * Math.PI));
  const step = (2 * Math.PI) / count;
  const slots = (start: number) => Array.from({ length: count }, (_, i) => start + step * i);
  let angles = slots(-Math.PI / 4);
  if (towards.length === count) {
    // The symbols in the order of their directions round the circle, the circle turned to fit them best.
    const order = towards.map((angle, i) => ({ angle, i })).sort((a, b) => a.angle - b.angle);
    const fits = order.map(({ angle }, k) => slots(angle - step * k));
    const cost = (start: number[]) => order.reduce((sum, { angle }, k) => sum + turn(angle, start[k] ?? 0), 0);
    const best = fits.reduce((a, b) => (cost(b) < cost(a) ? b : a));
    angles = new Array<number>(count);
    order.forEach(({ i }, k) => (angles[i] = best[k] ?? 0));
  }
  return angles.map((angle) => ({ dx: Math.round(radius * Math.cos(angle) * 10) / 10, dy: Math.round(radius * Math.sin(angle) * 10) / 10 }));
}

/** Metres the farthest of a fan's symbols may stand from its true place: more, and the fan misplaces it (Paris in the Bay of Biscay at a world view). */
export const FAN_MOST_METRES = 500_000;

/** Whether fanned out with these offsets, at this latitude and zoom, a symbol would stand farther than `FAN_MOST_METRES` from where it is. */
export function fansTooFar(offsets: readonly { dx: number; dy: number }[], latitude: number, zoom: number): boolean {
  const farthest = Math.max(0, ...offsets.map(({ dx, dy }) => Math.hypot(dx, dy)));
  return farthest * metresPerPixel(latitude, zoom) > FAN_MOST_METRES;
}

/** A symbol's centre and size, in pixels. */
export interface SymbolAt {
  x: number;
  y: number;
  size: number;
}

/**
 * Where a symbol goes to stand clear of the chosen ones, where a fan would set it too far off: from
 * its true place straight away from the nearest chosen symbol that it overlaps, just far enough
 * (Paris, Brussels and Manchester, one symbol, drawn north-west of Nice's ring, not in the Bay of Biscay).
 */
export function clearOf(symbol: SymbolAt, chosen: readonly SymbolAt[]): { x: number; y: number } {
  let { x, y } = symbol;
  for (const other of chosen) {
    const need = (symbol.size + other.size) / 2 + SPIDER_GAP / 2;
    const [dx, dy] = [x - other.x, y - other.y];
    const apart = Math.hypot(dx, dy);
    if (apart >= need) continue;
    // Straight away from it (straight up where the two stand on one point).
    const [ux, uy] = apart > 0 ? [dx / apart, dy / apart] : [0, -1];
    [x, y] = [other.x + ux * need, other.y + uy * need];
  }
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
