import { describe, expect, it } from 'vitest';
import { overlaps } from './number-layout.ts';
import { largestCrowd, planInset } from './print-inset.ts';
import type { PagePoint } from './print-projection.ts';

/** Five places on one city, three on another 50 units away, two alone, on a map 1,000 by 720. */
const PLACES: PagePoint[] = [
  [201, 172],
  [200, 171],
  [203, 170],
  [202, 171],
  [201, 171],
  [171, 217],
  [172, 217],
  [171, 216],
  [700, 500],
  [400, 100],
];
/** A flow from the first city across the upper right of the map. */
const LINE: PagePoint[] = [
  [201, 172],
  [600, 120],
  [980, 60],
];

describe('largestCrowd', () => {
  it('joins places nearer than the link, through one another', () => {
    expect(largestCrowd(PLACES, 60)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(largestCrowd(PLACES, 20)).toEqual([0, 1, 2, 3, 4]);
    expect(largestCrowd([], 20)).toEqual([]);
  });
});

describe('planInset', () => {
  const plan = planInset(PLACES, LINE, 1000, 720);

  it('enlarges the crowd of both cities, and only it', () => {
    expect(plan?.members).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan?.zoom).toBeGreaterThan(3);
  });

  it('boxes an area holding the crowd, and sets the inset in a corner clear of it and of the other places', () => {
    if (!plan) throw new Error('no inset');
    for (const [x, y] of PLACES.slice(0, 8)) expect(x >= plan.area.x && x <= plan.area.x + plan.area.width && y >= plan.area.y && y <= plan.area.y + plan.area.height).toBe(true);
    expect(overlaps(plan.box, plan.area)).toBe(false);
    for (const [x, y] of PLACES.slice(8)) expect(overlaps(plan.box, { x: x - 11, y: y - 11, width: 22, height: 22 }), `${x},${y}`).toBe(false);
    expect(plan.box.x).toBeGreaterThanOrEqual(0);
    expect(plan.box.y + plan.box.height).toBeLessThanOrEqual(720);
    // Its shape is the area's: the inset is the area, enlarged.
    expect(plan.box.width / plan.box.height).toBeCloseTo(plan.area.width / plan.area.height);
  });

  it('takes the free corner the flows cross least: the lower left, as the flow crosses the upper right and a place stands in the lower right', () => {
    expect(plan?.box.x).toBeLessThan(500);
    expect(plan?.box.y).toBeGreaterThan(300);
    const open = planInset(PLACES.slice(0, 9), [], 1000, 720);
    expect([open?.box.x, open?.box.y]).toEqual([1000 - 6 - (open?.box.width ?? 0), 6]);
  });

  it('makes no inset for places that are few, or near but clear of one another', () => {
    expect(planInset(PLACES.slice(5), [], 1000, 720)).toBeNull();
    expect(planInset([[100, 100], [140, 100], [180, 100], [220, 100]], [], 1000, 720)).toBeNull();
  });
});
