import { describe, expect, it } from 'vitest';
import { contains, leaderAlign, lineAlign, standsOn } from './label-box.ts';

describe('lineAlign', () => {
  it('lines up the lines of a name towards its anchor: centred above and below, to the anchor beside it', () => {
    // "Nice / Promenade des Anglais" under Nice's ring: "Nice" centred under it, not at the box's left, 150 px off.
    expect(lineAlign('below')).toBe('center');
    expect(lineAlign('above')).toBe('center');
    expect(lineAlign('center')).toBe('center');
    expect(lineAlign('right')).toBe('left');
    expect(lineAlign('below-right')).toBe('left');
    expect(lineAlign('left')).toBe('right');
    expect(lineAlign('above-left')).toBe('right');
  });
});

describe('leaderAlign', () => {
  it("lines up a called-out name's lines towards its line's end", () => {
    // "Washington / White House / Leaks to U.S. media", 250 px wide, called out down and right of its
    // symbol: the line meets the box's left edge, so the lines start there (centred, "Washington" stood 50 px off the line).
    const box = { x0: 80, y0: 420, x1: 330, y1: 490 };
    expect(leaderAlign(box, { x1: 80 })).toBe('left');
    expect(leaderAlign(box, { x1: 330 })).toBe('right');
    expect(leaderAlign(box, { x1: 205 })).toBe('center');
  });
});

describe('contains', () => {
  it('holds a box wholly inside another, edges included, and not one that crosses an edge', () => {
    const view = { x0: 2, y0: 2, x1: 98, y1: 98 };
    expect(contains(view, { x0: 2, y0: 10, x1: 98, y1: 20 })).toBe(true);
    expect(contains(view, { x0: 1, y0: 10, x1: 50, y1: 20 })).toBe(false);
    expect(contains(view, { x0: 10, y0: 90, x1: 50, y1: 99 })).toBe(false);
  });
});

describe('standsOn', () => {
  it("says an area's name stands on it where its middle is within the reach of the area's label point or of another point", () => {
    const syria = { x: 100, y: 100, callout: { inside: 20 }, alsoAt: [{ x: 160, y: 100, inside: 6 }] };
    const at = (x: number, y: number) => ({ x0: x - 25, y0: y - 8, x1: x + 25, y1: y + 8 });
    expect(standsOn(at(115, 110), syria)).toBe(true);
    expect(standsOn(at(100, 55), syria)).toBe(false);
    expect(standsOn(at(164, 103), syria)).toBe(true);
    expect(standsOn(at(140, 100), syria)).toBe(false);
    // A place's name (no reach given) stands anywhere.
    expect(standsOn(at(400, 400), { x: 100, y: 100, callout: {} })).toBe(true);
  });
});
