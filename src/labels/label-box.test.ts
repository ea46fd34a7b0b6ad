import { describe, expect, it } from 'vitest';
import { lineAlign } from './label-box.ts';

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
