/**
 * Ink over the map while presenting: a pointer (a dot that follows the mouse while a key is held),
 * pen strokes and straight arrows, in longitude and latitude so that any window draws them at the same
 * places whatever its size. Pure: the state, the actions (checked by a schema, since they also travel
 * between windows) and one reducer.
 */
import * as v from 'valibot';
import { MAX_LONGITUDE } from '../geometry/mercator.ts';

/** A place on the map: `[longitude, latitude]`, as GeoJSON. */
export type LonLat = [number, number];

const LonLatSchema = v.tuple([v.pipe(v.number(), v.minValue(-MAX_LONGITUDE), v.maxValue(MAX_LONGITUDE)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);

/** What draws: the pen (freehand) or the arrow (straight, from its tail to its head). */
export type InkTool = 'pen' | 'arrow';

/** One change of the ink. */
export const InkActionSchema = v.variant('type', [
  /** The pointer is at a place, or gone. */
  v.strictObject({ type: v.literal('pointer'), at: v.nullable(LonLatSchema) }),
  /** A tool touches a place: `start` begins a new mark; else a stroke gains a point, an arrow moves its head there. */
  v.strictObject({ type: v.literal('draw'), tool: v.picklist(['pen', 'arrow']), at: LonLatSchema, start: v.boolean() }),
  /** Everything drawn goes. */
  v.strictObject({ type: v.literal('clear') }),
]);
export type InkAction = v.InferOutput<typeof InkActionSchema>;

/** A stroke (its points, in order) or an arrow (its tail, then its head), and the hand that drew it. */
export interface InkMark {
  hand: string;
  tool: InkTool;
  points: readonly LonLat[];
}

/** What is drawn, by every hand: one window's own, and the other window's. */
export interface InkState {
  /** Where each hand points, while it does. */
  pointers: Readonly<Record<string, LonLat>>;
  /** Oldest first. */
  marks: readonly InkMark[];
}

/**
 * An action and the hand it comes from. Hands are this window's names for who draws (its own, the
 * other window's), so that two drawing at once never join one's stroke to the other's.
 */
export interface HandedInk {
  hand: string;
  action: InkAction;
}

/** Nothing drawn. */
export const NO_INK: InkState = { pointers: {}, marks: [] };

/** Bounds on what is kept: the oldest marks go first, and a stroke stops growing. */
export const INK_LIMITS = { marks: 50, pointsPerStroke: 2000 };

/** The marks a window draws: a stroke needs two points, an arrow a tail and a head apart. */
export function visibleMarks(state: InkState): InkMark[] {
  return state.marks.filter(({ tool, points }) => points.length > 1 && (tool === 'pen' || String(points[0]) !== String(points[1])));
}

/** How many strokes and arrows are drawn. */
export function countMarks(state: InkState): Record<InkTool, number> {
  const marks = visibleMarks(state);
  return { pen: marks.filter((m) => m.tool === 'pen').length, arrow: marks.filter((m) => m.tool === 'arrow').length };
}

function draw(marks: readonly InkMark[], hand: string, tool: InkTool, at: LonLat): readonly InkMark[] | null {
  const index = marks.findLastIndex((mark) => mark.hand === hand);
  const mark = marks[index];
  if (!mark || mark.tool !== tool) return null;
  if (tool === 'arrow') return marks.with(index, { ...mark, points: [mark.points[0] ?? at, at] });
  if (mark.points.length >= INK_LIMITS.pointsPerStroke) return null;
  return marks.with(index, { ...mark, points: [...mark.points, at] });
}

export function inkReducer(state: InkState, { hand, action }: HandedInk): InkState {
  switch (action.type) {
    case 'pointer': {
      const { [hand]: _gone, ...others } = state.pointers;
      if (!action.at) return _gone ? { ...state, pointers: others } : state;
      return { ...state, pointers: { ...others, [hand]: action.at } };
    }
    case 'draw': {
      const { tool, at } = action;
      if (action.start) return { ...state, marks: [...state.marks, { hand, tool, points: [at] }].slice(-INK_LIMITS.marks) };
      const marks = draw(state.marks, hand, tool, at);
      return marks ? { ...state, marks } : state;
    }
    case 'clear':
      return NO_INK;
  }
}
