import { describe, expect, it } from 'vitest';
import { densestRegion, densestRun, inRegion } from './densest-region.ts';

const OPTIONS = { maxLonSpan: 60, maxLatSpan: 30, pad: 1 };

describe('densest run', () => {
  it('finds the run of a span that holds the most values', () => {
    expect(densestRun([-117, -81, -2, 2, 4, 37, 51, 145], 60)).toEqual([2, 6]);
  });

  it('takes, of runs holding as many, the one whose values lie closest together', () => {
    // Riyadh's latitude to Brussels's, or Sinai's to Moscow's: three each, the second 24.8° apart, the first 25.3°.
    expect(densestRun([24.7, 31, 50, 55.8], 30)).toEqual([1, 3]);
  });

  it('is empty for no values', () => {
    expect(densestRun([], 10)).toEqual([0, -1]);
  });
});

describe('densest region', () => {
  it('is the bounds of all the places, a degree wider, where they fit the window', () => {
    const points: [number, number][] = [[-74, 40.7], [-87.6, 41.9], [-118.2, 34.1]];
    expect(densestRegion(points, OPTIONS)).toEqual([[33.1, -119.2], [42.9, -73]]);
  });

  it('leaves the places of another continent out: Europe holds more than America or Australia', () => {
    const europe: [number, number][] = [[2.35, 48.86], [4.35, 50.85], [13.4, 52.5], [12.5, 41.9]];
    const far: [number, number][] = [[-77, 38.9], [144.96, -37.8]];
    const region = densestRegion([...far, ...europe], OPTIONS);
    expect(region).toEqual([[40.9, 1.35], [53.5, 14.4]]);
    expect(europe.every((p) => region && inRegion(region, p))).toBe(true);
    expect(far.some((p) => region && inRegion(region, p))).toBe(false);
  });

  it('does not depend on the order of the places', () => {
    const points: [number, number][] = [[10, 10], [20, 15], [-100, 40], [15, 12], [130, -30]];
    expect(densestRegion([...points].reverse(), OPTIONS)).toEqual(densestRegion(points, OPTIONS));
  });

  it('keeps a single place, and gives none for no places', () => {
    expect(densestRegion([[0, 0]], OPTIONS)).toEqual([[-1, -1], [1, 1]]);
    expect(densestRegion([], OPTIONS)).toBeUndefined();
  });

  it('stays within the map near the poles and the antimeridian', () => {
    expect(densestRegion([[179.5, 84.5]], OPTIONS)).toEqual([[83.5, 178.5], [85, 180]]);
  });
});
