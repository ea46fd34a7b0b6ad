import { describe, expect, it } from 'vitest';
import { calloutSpots, crossesBox, segmentsCross } from './callout.ts';

const shape = { width: 60, height: 14, clearance: 10, dot: 0 };

describe('segmentsCross', () => {
  it('says when two lines cross, and not when they only touch, run side by side or stop short', () => {
    expect(segmentsCross({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 0, y0: 10, x1: 10, y1: 0 })).toBe(true);
    expect(segmentsCross({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 10, x1: 20, y1: 0 })).toBe(false);
    expect(segmentsCross({ x0: 0, y0: 0, x1: 10, y1: 0 }, { x0: 0, y0: 5, x1: 10, y1: 5 })).toBe(false);
    expect(segmentsCross({ x0: 0, y0: 0, x1: 4, y1: 4 }, { x0: 0, y0: 10, x1: 10, y1: 0 })).toBe(false);
  });
});

describe('crossesBox', () => {
  const box = { x0: 10, y0: 10, x1: 20, y1: 20 };
  it('says when a line crosses a box, passes by it, or stops short of it', () => {
    expect(crossesBox({ x0: 0, y0: 15, x1: 30, y1: 15 }, box)).toBe(true);
    expect(crossesBox({ x0: 0, y0: 0, x1: 30, y1: 30 }, box)).toBe(true);
    expect(crossesBox({ x0: 0, y0: 25, x1: 30, y1: 25 }, box)).toBe(false);
    expect(crossesBox({ x0: 0, y0: 15, x1: 8, y1: 15 }, box)).toBe(false);
    expect(crossesBox({ x0: 0, y0: 15, x1: 8, y1: 15 }, box, 3)).toBe(true);
  });
});

describe('calloutSpots', () => {
  it('starts each line at the symbol edge and ends it on the edge of its label, nearest spots first', () => {
    const spots = calloutSpots(100, 100, shape, 6);
    const [first] = spots;
    expect(first?.leader.x0).toBeCloseTo(100 + 6 * Math.SQRT1_2);
    expect(first?.leader.y0).toBeCloseTo(100 - 6 * Math.SQRT1_2);
    // Up and right: the label starts at the line's end and stands above it.
    expect(first?.box.x0).toBeCloseTo(first?.leader.x1 ?? 0);
    expect(first?.box.y1).toBeCloseTo(first?.leader.y1 ?? 0);
    const reach = spots.map((s) => Math.round(Math.hypot(s.leader.x1 - 100, s.leader.y1 - 100)));
    expect(reach).toEqual([...reach].sort((a, b) => a - b));
  });

  it('goes no farther than its reach', () => {
    const distances = (reach?: number) => new Set(calloutSpots(100, 100, shape, 0, reach).map((s) => Math.round(Math.hypot(s.leader.x1 - 100, s.leader.y1 - 100)) - shape.clearance));
    expect([...distances(32)]).toEqual([18, 32]);
    expect([...distances()]).toEqual([18, 32, 50, 75, 110]);
  });
});
