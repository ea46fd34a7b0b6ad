import { describe, expect, it } from 'vitest';
import type { Position } from '../../story/schema.ts';
import { arcPositions } from './arcs.ts';
import { mercatorY } from '../../geometry/mercator.ts';
import { separatedBends, sharedRoutes, spreadApart, type RouteLine } from './route-bends.ts';

const manchester = [-2.219, 53.444];
const syria = [38.9968, 34.8021];
const raqqa = [39.0079, 35.9528];
const london = [-0.1276, 51.5072];
const brussels = [4.3517, 50.8503];
const paris = [2.3522, 48.8566];
const berlin = [13.405, 52.52];
const mosul = [43.1189, 36.335];

/** The middle of a line drawn as an arc with this bend, in Mercator units. */
function middle(line: RouteLine, bend: number): [number, number] {
  const [x = 0, lat = 0] = arcPositions(line.from, line.to, { bend, segments: 2 })[1] as Position;
  return [x, mercatorY(lat)];
}

/** How far apart two lines' middles are drawn, in Mercator units. */
function apart(lines: RouteLine[], bends: number[], i: number, j: number): number {
  const [p, q] = [middle(lines[i] as RouteLine, bends[i] ?? 0), middle(lines[j] as RouteLine, bends[j] ?? 0)];
  return Math.hypot(p[0] - q[0], p[1] - q[1]);
}

describe('route bends', () => {
  it('spreads positions to the gap, moving each as little as it takes', () => {
    expect(spreadApart([0, 0.1], 0.05)).toEqual([0, 0.1]);
    const [a, b, c] = spreadApart([0, 0.01, 0.5], 0.05);
    expect([a, b, c]).toEqual([expect.closeTo(-0.02, 9), expect.closeTo(0.03, 9), 0.5]);
    const merged = spreadApart([0, 0.04, 0.08], 0.05);
    expect(merged).toEqual([expect.closeTo(-0.01, 9), expect.closeTo(0.04, 9), expect.closeTo(0.09, 9)]);
  });

  it('groups lines between nearly the same two places, in either direction, and no others', () => {
    const lines: RouteLine[] = [
      { from: manchester, to: syria, bend: 0.16 },
      { from: raqqa, to: london, bend: -0.17 },
      { from: mosul, to: berlin, bend: -0.1 },
      { from: syria, to: manchester, bend: 0.16 },
    ];
    expect(sharedRoutes(lines)).toEqual([[0, 1, 3], [2]]);
  });

  it('draws apart the recruits leaving Manchester and the fighters returning to London, which lay on one another', () => {
    // Left of Manchester -> Syria is right of Raqqa -> London: asked for, these bends draw one line over the other.
    const lines: RouteLine[] = [
      { from: manchester, to: syria, bend: 0.16 },
      { from: raqqa, to: london, bend: -0.17 },
    ];
    const length = Math.hypot(syria[0]! - manchester[0]!, mercatorY(syria[1]!) - mercatorY(manchester[1]!));
    expect(apart(lines, [0.16, -0.17], 0, 1)).toBeLessThan(0.025 * length);
    const bends = separatedBends(lines, { gap: 0.05 });
    expect(apart(lines, bends, 0, 1)).toBeGreaterThan(0.047 * length);
    expect(Math.sign(bends[0] ?? 0)).toBe(1);
    expect(Math.sign(bends[1] ?? 0)).toBe(-1);
  });

  it('keeps the bends asked for where a line is alone on its route, or its route already wide apart', () => {
    const alone: RouteLine[] = [{ from: mosul, to: berlin, bend: -0.1 }, { from: manchester, to: syria, bend: 0.16 }];
    expect(separatedBends(alone)).toEqual([-0.1, 0.16]);
    const opposite: RouteLine[] = [{ from: syria, to: manchester, bend: 0.16 }, { from: manchester, to: syria, bend: 0.16 }];
    expect(separatedBends(opposite)).toEqual([expect.closeTo(0.16, 9), expect.closeTo(0.16, 9)]);
  });

  it('spreads the fighters returning from Mosul to Paris and Brussels, and keeps their order across the route', () => {
    const lines: RouteLine[] = [
      { from: mosul, to: paris, bend: -0.1 },
      { from: mosul, to: brussels, bend: -0.1 },
    ];
    const length = Math.hypot(mosul[0]! - paris[0]!, mercatorY(mosul[1]!) - mercatorY(paris[1]!));
    expect(apart(lines, [-0.1, -0.1], 0, 1)).toBeLessThan(0.047 * length);
    const bends = separatedBends(lines, { gap: 0.05 });
    expect(apart(lines, bends, 0, 1)).toBeGreaterThan(0.047 * length);
    // Spread in the direction they already lay apart: Brussels's line stays on its side of Paris's.
    const offset = (b: number[]) => {
      const [p, q] = [middle(lines[0] as RouteLine, b[0] ?? 0), middle(lines[1] as RouteLine, b[1] ?? 0)];
      return [q[0] - p[0], q[1] - p[1]];
    };
    const [before, after] = [offset([-0.1, -0.1]), offset(bends)];
    expect((before[0] ?? 0) * (after[0] ?? 0) + (before[1] ?? 0) * (after[1] ?? 0)).toBeGreaterThan(0);
  });
});
