import { describe, expect, it } from 'vitest';
import { insideFrame, printFrame } from './print-frame.ts';
import { mercatorY } from '../geometry/mercator.ts';

const EUROPE: [number, number][] = [
  [2.37, 48.86], // Paris
  [4.35, 50.84], // Brussels
  [-2.24, 53.49], // Manchester
  [39.0, 35.95], // Raqqa
  [46.68, 24.71], // Riyadh
];
const FAR: [number, number][] = [
  [-117.29, 34.11], // San Bernardino
  [144.96, -37.81], // Melbourne
];

describe('printFrame', () => {
  it('frames the densest cluster and leaves far-away places out', () => {
    const frame = printFrame([...EUROPE, ...FAR]);
    for (const point of EUROPE) expect(insideFrame(frame, [point]), String(point)).toBe(true);
    for (const point of FAR) expect(insideFrame(frame, [point]), String(point)).toBe(false);
  });

  it('keeps a margin around the places and the page shape it is given', () => {
    const [west, south, east, north] = printFrame(EUROPE, { aspect: 0.72, margin: 0.08 });
    expect(west).toBeLessThan(-2.24 - 3);
    expect(east).toBeGreaterThan(46.68 + 3);
    expect(south).toBeLessThan(24.71);
    expect(north).toBeGreaterThan(53.49);
    expect((mercatorY(north) - mercatorY(south)) / (east - west)).toBeCloseTo(0.72, 6);
  });

  it('gives a single place a frame of some size around it', () => {
    const [west, south, east, north] = printFrame([[4.35, 50.84]]);
    expect(east - west).toBeGreaterThan(4);
    expect(west).toBeLessThan(4.35);
    expect(north).toBeGreaterThan(50.84);
    expect(south).toBeLessThan(50.84);
  });
});

describe('insideFrame', () => {
  it('needs every position of a line inside', () => {
    expect(insideFrame([0, 0, 10, 10], [[1, 1], [9, 9]])).toBe(true);
    expect(insideFrame([0, 0, 10, 10], [[1, 1], [11, 9]])).toBe(false);
  });
});
