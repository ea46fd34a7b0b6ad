/**
 * Lines of the same route drawn apart: flows between (nearly) the same two places, in either
 * direction, would lie on top of each other as arcs of the same bend, and a click on one would open
 * the other. Lines that share a route are compared by where their middles are drawn, across the
 * route; middles closer than `gap` are spread apart, each as little as it takes, and a line alone on
 * its route keeps the bend its kind asks for.
 */
import type { Position } from '../../story/schema.ts';
import { mercatorY } from '../../geometry/mercator.ts';

/** One straight line to draw as an arc: its ends and the bend its kind asks for (>0 bends left). */
export interface RouteLine {
  from: Position;
  to: Position;
  bend: number;
}

/** Options of `separatedBends`. */
export interface RouteOptions {
  /** Two lines share a route when each end of one is this near an end of the other, as a share of the shorter line's length. */
  near: number;
  /** The least distance between the middles of two lines of one route, as a share of the route's length. */
  gap: number;
}

/** Defaults of `separatedBends`: ends within a seventh of the length; middles at least 5% of it apart. */
export const ROUTE_DEFAULTS: RouteOptions = { near: 0.15, gap: 0.05 };

type Point = [number, number];

/** A line in Mercator units, always written west to east, and whether that reverses it. */
function westToEast({ from, to }: RouteLine): { a: Point; b: Point; reversed: boolean } {
  const [a, b] = [from, to].map(([x = 0, y = 0]): Point => [x, mercatorY(y)]) as [Point, Point];
  return a[0] > b[0] ? { a: b, b: a, reversed: true } : { a, b, reversed: false };
}

const distance = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);

/** The groups of lines (by index) that share a route, directly or through one another. */
export function sharedRoutes(lines: readonly RouteLine[], near = ROUTE_DEFAULTS.near): number[][] {
  const ends = lines.map(westToEast);
  const parent = lines.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i] ?? i));
  ends.forEach((one, i) => {
    ends.slice(0, i).forEach((other, j) => {
      const limit = near * Math.min(distance(one.a, one.b), distance(other.a, other.b));
      if (distance(one.a, other.a) <= limit && distance(one.b, other.b) <= limit) parent[root(i)] = root(j);
    });
  });
  const groups = new Map<number, number[]>();
  lines.forEach((_, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), i]));
  return [...groups.values()];
}

/**
 * Positions on a line spread to at least `gap` apart, in their order, each moved as little as it
 * takes: runs of positions too close are spaced evenly about their mean, merging runs that then
 * come too close (positions must be sorted).
 */
export function spreadApart(sorted: readonly number[], gap: number): number[] {
  const runs: { sum: number; count: number }[] = [];
  const start = (run: { sum: number; count: number }) => run.sum / run.count - ((run.count - 1) * gap) / 2;
  for (const value of sorted) {
    runs.push({ sum: value, count: 1 });
    for (;;) {
      const [before, last] = [runs[runs.length - 2], runs[runs.length - 1]];
      if (!before || !last || start(before) + before.count * gap <= start(last)) break;
      runs.splice(-2, 2, { sum: before.sum + last.sum, count: before.count + last.count });
    }
  }
  return runs.flatMap((run) => Array.from({ length: run.count }, (_, k) => start(run) + k * gap));
}

/**
 * The bend to draw each line with. Within a shared route, each line's middle is placed across the
 * route (west to east, so that a line drawn east to west bends the other way for the same side): its
 * chord's offset from the route's, plus its bend; middles are spread `gap` apart, in the order of
 * the middles asked for, and each bend is what puts its middle there.
 */
export function separatedBends(lines: readonly RouteLine[], options: Partial<RouteOptions> = {}): number[] {
  const { near, gap } = { ...ROUTE_DEFAULTS, ...options };
  const bends = lines.map((line) => line.bend);
  const ends = lines.map(westToEast);
  for (const group of sharedRoutes(lines, near)) {
    if (group.length < 2) continue;
    const mean = (pick: (end: { a: Point; b: Point }) => Point): Point =>
      group.reduce<Point>((sum, i) => { const p = pick(ends[i] ?? { a: [0, 0], b: [0, 0] }); return [sum[0] + p[0] / group.length, sum[1] + p[1] / group.length]; }, [0, 0]);
    const [a, b] = [mean((e) => e.a), mean((e) => e.b)];
    const length = distance(a, b) || 1;
    const normal: Point = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    const middles = group.map((i) => {
      const end = ends[i] ?? { a, b, reversed: false };
      const across = (((end.a[0] + end.b[0]) / 2 - (a[0] + b[0]) / 2) * normal[0] + ((end.a[1] + end.b[1]) / 2 - (a[1] + b[1]) / 2) * normal[1]) / length;
      const scale = distance(end.a, end.b) / length;
      return { i, across, scale, middle: across + (end.reversed ? -1 : 1) * (bends[i] ?? 0) * scale };
    });
    middles.sort((p, q) => p.middle - q.middle || p.i - q.i);
    const placed = spreadApart(middles.map((m) => m.middle), gap);
    middles.forEach(({ i, across, scale }, k) => {
      bends[i] = ((ends[i]?.reversed ? -1 : 1) * ((placed[k] ?? 0) - across)) / scale;
    });
  }
  return bends;
}
