import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { INK_LIMITS, InkActionSchema, inkReducer, NO_INK, type InkState } from './ink.ts';

describe('ink reducer', () => {
  it('starts a stroke, adds to it, and starts another', () => {
    let state = inkReducer(NO_INK, { type: 'stroke', at: [2, 48], start: true });
    state = inkReducer(state, { type: 'stroke', at: [3, 49], start: false });
    state = inkReducer(state, { type: 'stroke', at: [10, 50], start: true });
    expect(state.strokes).toEqual([[[2, 48], [3, 49]], [[10, 50]]]);
  });

  it('ignores a point with no stroke begun, and keeps strokes within bounds', () => {
    expect(inkReducer(NO_INK, { type: 'stroke', at: [2, 48], start: false })).toBe(NO_INK);
    let state: InkState = NO_INK;
    for (let i = 0; i < INK_LIMITS.strokes + 5; i += 1) state = inkReducer(state, { type: 'stroke', at: [i, 0], start: true });
    expect(state.strokes).toHaveLength(INK_LIMITS.strokes);
    expect(state.strokes[0]).toEqual([[5, 0]]);
  });

  it('moves and hides the pointer, and clears everything', () => {
    const pointed = inkReducer(NO_INK, { type: 'pointer', at: [4.35, 50.85] });
    expect(pointed.pointer).toEqual([4.35, 50.85]);
    expect(inkReducer(pointed, { type: 'pointer', at: null }).pointer).toBeNull();
    expect(inkReducer(inkReducer(pointed, { type: 'stroke', at: [1, 1], start: true }), { type: 'clear' })).toEqual(NO_INK);
  });

  it('accepts only well-formed actions', () => {
    expect(v.is(InkActionSchema, { type: 'stroke', at: [2, 48], start: true })).toBe(true);
    for (const bad of [{ type: 'stroke', at: [2, 148], start: true }, { type: 'stroke', at: [2], start: true }, { type: 'pointer' }, { type: 'erase' }]) {
      expect(v.is(InkActionSchema, bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
