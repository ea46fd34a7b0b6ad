import { describe, expect, it } from 'vitest';
import { countryRings, ringsWithin } from './country-rings.ts';

describe('country rings', () => {
  // Two rings in one path (a square at 100–150 and a triangle at 1000–1040), a third in another.
  const paths = ['M100 100l50 0 0 50-50 0zM1000 1000l40 0-20-30z', 'M-20 5l10 10 10-10z'];
  const rings = countryRings(paths);

  it('cuts the paths into rings, each boxed by its points', () => {
    expect(rings).toEqual([
      { d: 'M100 100l50 0 0 50-50 0z', x0: 100, y0: 100, x1: 150, y1: 150 },
      { d: 'M1000 1000l40 0-20-30z', x0: 1000, y0: 970, x1: 1040, y1: 1000 },
      { d: 'M-20 5l10 10 10-10z', x0: -20, y0: 5, x1: 0, y1: 15 },
    ]);
  });

  it('keeps the rings that reach into a box, and only them', () => {
    expect(ringsWithin(rings, { x0: 140, y0: 140, x1: 990, y1: 990 })).toBe('M100 100l50 0 0 50-50 0z');
    expect(ringsWithin(rings, { x0: -5, y0: 0, x1: 1020, y1: 975 })).toBe('M100 100l50 0 0 50-50 0zM1000 1000l40 0-20-30zM-20 5l10 10 10-10z');
    expect(ringsWithin(rings, { x0: 2000, y0: 0, x1: 3000, y1: 10 })).toBe('');
  });
});
