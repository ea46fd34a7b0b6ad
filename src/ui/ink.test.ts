import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { countMarks, INK_LIMITS, InkActionSchema, inkReducer, NO_INK, visibleMarks, type InkAction, type InkState } from './ink.ts';

/** The state after `actions`, each of the hand `here`. */
function drawn(actions: InkAction[], from: InkState = NO_INK, hand = 'here'): InkState {
  return actions.reduce((state, action) => inkReducer(state, { hand, action }), from);
}

describe('ink reducer', () => {
  it('starts a stroke, adds to it, and starts another', () => {
    const state = drawn([
      { type: 'draw', tool: 'pen', at: [2, 48], start: true },
      { type: 'draw', tool: 'pen', at: [3, 49], start: false },
      { type: 'draw', tool: 'pen', at: [10, 50], start: true },
    ]);
    expect(state.marks.map((m) => m.points)).toEqual([[[2, 48], [3, 49]], [[10, 50]]]);
  });

  it('draws an arrow from its tail to where the drag ends', () => {
    const state = drawn([
      { type: 'draw', tool: 'arrow', at: [2, 48], start: true },
      { type: 'draw', tool: 'arrow', at: [5, 49], start: false },
      { type: 'draw', tool: 'arrow', at: [30, 36], start: false },
    ]);
    expect(state.marks).toEqual([{ hand: 'here', tool: 'arrow', points: [[2, 48], [30, 36]] }]);
    expect(countMarks(state)).toEqual({ pen: 0, arrow: 1 });
  });

  it('counts no mark of a single point: a click with the pen, an arrow with no length', () => {
    const state = drawn([
      { type: 'draw', tool: 'arrow', at: [2, 48], start: true },
      { type: 'draw', tool: 'arrow', at: [2, 48], start: false },
      { type: 'draw', tool: 'pen', at: [4, 48], start: true },
    ]);
    expect(state.marks).toHaveLength(2);
    expect(visibleMarks(state)).toEqual([]);
    expect(countMarks(state)).toEqual({ pen: 0, arrow: 0 });
  });

  it('keeps each hand’s mark apart when two hands draw at once', () => {
    let state = drawn([{ type: 'draw', tool: 'pen', at: [1, 1], start: true }], NO_INK, 'here');
    state = drawn([{ type: 'draw', tool: 'arrow', at: [9, 9], start: true }], state, 'there');
    state = drawn([{ type: 'draw', tool: 'pen', at: [2, 2], start: false }], state, 'here');
    state = drawn([{ type: 'draw', tool: 'arrow', at: [8, 8], start: false }], state, 'there');
    expect(state.marks).toEqual([
      { hand: 'here', tool: 'pen', points: [[1, 1], [2, 2]] },
      { hand: 'there', tool: 'arrow', points: [[9, 9], [8, 8]] },
    ]);
  });

  it('ignores a point with no mark of its tool begun, and keeps marks within bounds', () => {
    expect(drawn([{ type: 'draw', tool: 'pen', at: [2, 48], start: false }])).toBe(NO_INK);
    const arrow = drawn([{ type: 'draw', tool: 'arrow', at: [2, 48], start: true }]);
    expect(drawn([{ type: 'draw', tool: 'pen', at: [3, 48], start: false }], arrow)).toBe(arrow);
    const many = drawn(Array.from({ length: INK_LIMITS.marks + 5 }, (_, i): InkAction => ({ type: 'draw', tool: i % 2 ? 'pen' : 'arrow', at: [i, 0], start: true })));
    expect(many.marks).toHaveLength(INK_LIMITS.marks);
    expect(many.marks[0]?.points).toEqual([[5, 0]]);
    const long = drawn(Array.from({ length: INK_LIMITS.pointsPerStroke + 5 }, (_, i): InkAction => ({ type: 'draw', tool: 'pen', at: [i / 100, 0], start: i === 0 })));
    expect(long.marks[0]?.points).toHaveLength(INK_LIMITS.pointsPerStroke);
  });

  it('moves and hides each hand’s pointer, and clears everything', () => {
    const pointed = drawn([{ type: 'pointer', at: [4.35, 50.85] }]);
    const both = drawn([{ type: 'pointer', at: [2, 48] }], pointed, 'there');
    expect(both.pointers).toEqual({ here: [4.35, 50.85], there: [2, 48] });
    expect(drawn([{ type: 'pointer', at: null }], both).pointers).toEqual({ there: [2, 48] });
    expect(drawn([{ type: 'pointer', at: null }])).toBe(NO_INK);
    expect(drawn([{ type: 'draw', tool: 'arrow', at: [1, 1], start: true }, { type: 'clear' }], both)).toEqual(NO_INK);
  });

  it('accepts only well-formed actions', () => {
    expect(v.is(InkActionSchema, { type: 'draw', tool: 'arrow', at: [2, 48], start: true })).toBe(true);
    const bad = [
      { type: 'draw', tool: 'pen', at: [2, 148], start: true },
      { type: 'draw', tool: 'pen', at: [2], start: true },
      { type: 'draw', tool: 'brush', at: [2, 48], start: true },
      { type: 'draw', at: [2, 48], start: true },
      { type: 'draw', tool: 'arrow', at: [2, 48], start: true, hand: 'there' },
      { type: 'pointer' },
      { type: 'erase' },
    ];
    for (const action of bad) expect(v.is(InkActionSchema, action), JSON.stringify(action)).toBe(false);
  });
});
