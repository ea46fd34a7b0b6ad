import { describe, expect, it } from 'vitest';
import { isUncovered, uncoveredAreas } from './uncovered-areas.ts';

const laptop = { x: 896, y: 576 };
const passagePanel = { left: 451, top: 14, right: 883, bottom: 563 };
const key = { left: 12, top: 12, right: 172, bottom: 70 };

describe('uncoveredAreas', () => {
  it('is the whole map drawn in by the margin when nothing covers it', () => {
    expect(uncoveredAreas(laptop, [], 20)).toEqual([{ left: 20, top: 20, right: 876, bottom: 556 }]);
  });

  it('is the part left of a side panel, then the thin strips around it, largest first', () => {
    const [largest, ...rest] = uncoveredAreas(laptop, [passagePanel], 0);
    expect(largest).toEqual({ left: 0, top: 0, right: 451, bottom: 576 });
    expect(rest).toContainEqual({ left: 0, top: 0, right: 896, bottom: 14 });
    expect(rest).toContainEqual({ left: 883, top: 0, right: 896, bottom: 576 });
  });

  it('keeps the two largest rectangles beside a key at the top left: below it, and right of it', () => {
    const areas = uncoveredAreas(laptop, [key, passagePanel], 0);
    expect(areas).toContainEqual({ left: 0, top: 70, right: 451, bottom: 576 });
    expect(areas).toContainEqual({ left: 172, top: 0, right: 451, bottom: 576 });
    expect(areas).not.toContainEqual({ left: 0, top: 70, right: 300, bottom: 576 });
  });

  it('leaves out strips thinner than twice the margin, and the parts outside the map', () => {
    const areas = uncoveredAreas(laptop, [{ ...passagePanel, right: 2000, top: -50 }], 16);
    expect(areas).toEqual([{ left: 16, top: 16, right: 435, bottom: 560 }]);
  });

  it('is the map centre when nothing is left uncovered', () => {
    expect(uncoveredAreas({ x: 100, y: 80 }, [{ left: 0, top: 0, right: 100, bottom: 80 }], 8)).toEqual([{ left: 50, top: 40, right: 50, bottom: 40 }]);
  });
});

describe('isUncovered', () => {
  it('is false near an edge, under a covering or within the margin of one, and true elsewhere', () => {
    expect(isUncovered({ x: 200, y: 300 }, laptop, [passagePanel], 32)).toBe(true);
    expect(isUncovered({ x: 20, y: 300 }, laptop, [passagePanel], 32)).toBe(false);
    expect(isUncovered({ x: 600, y: 300 }, laptop, [passagePanel], 32)).toBe(false);
    expect(isUncovered({ x: 430, y: 300 }, laptop, [passagePanel], 32)).toBe(false);
    expect(isUncovered({ x: 415, y: 300 }, laptop, [passagePanel], 32)).toBe(true);
  });
});
