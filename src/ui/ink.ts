/**
 * Ink over the map while presenting: a pointer (a dot that follows the mouse while a key is held) and
 * pen strokes, in longitude and latitude so that any window draws them at the same places whatever
 * its size. Pure: the state, the actions (checked by a schema, since they also travel between
 * windows) and one reducer.
 */
import * as v from 'valibot';

/** A place on the map: `[longitude, latitude]`, as GeoJSON. */
export type LonLat = [number, number];

const LonLatSchema = v.tuple([v.pipe(v.number(), v.minValue(-540), v.maxValue(540)), v.pipe(v.number(), v.minValue(-90), v.maxValue(90))]);

/** One change of the ink. */
export const InkActionSchema = v.variant('type', [
  /** The pointer is at a place, or gone. */
  v.strictObject({ type: v.literal('pointer'), at: v.nullable(LonLatSchema) }),
  /** The pen touches a place: the start of a new stroke, or the next point of the current one. */
  v.strictObject({ type: v.literal('stroke'), at: LonLatSchema, start: v.boolean() }),
  /** Everything drawn goes. */
  v.strictObject({ type: v.literal('clear') }),
]);
export type InkAction = v.InferOutput<typeof InkActionSchema>;

/** What is drawn. */
export interface InkState {
  pointer: LonLat | null;
  strokes: LonLat[][];
}

/** Nothing drawn. */
export const NO_INK: InkState = { pointer: null, strokes: [] };

/** Bounds on what is kept: the oldest strokes go first, and a stroke stops growing. */
export const INK_LIMITS = { strokes: 50, pointsPerStroke: 2000 };

export function inkReducer(state: InkState, action: InkAction): InkState {
  switch (action.type) {
    case 'pointer':
      return { ...state, pointer: action.at };
    case 'stroke': {
      if (action.start) return { ...state, strokes: [...state.strokes, [action.at]].slice(-INK_LIMITS.strokes) };
      const last = state.strokes.at(-1);
      if (!last || last.length >= INK_LIMITS.pointsPerStroke) return state;
      return { ...state, strokes: [...state.strokes.slice(0, -1), [...last, action.at]] };
    }
    case 'clear':
      return NO_INK;
  }
}
