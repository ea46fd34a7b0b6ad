import { describe, expect, it } from 'vitest';
import { leaderAlign, lineAlign } from './label-box.ts';

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
