/**
 * The tour editor's state and its one reducer: reorder, hide, edit, add, delete, reset, import. Pure,
 * tested without a DOM. A text that the schema refuses (empty title, markup) and a tour file that the
 * validator refuses change nothing; the refused file's problems are kept to be listed.
 */
import * as v from 'valibot';
import type { Problem } from '../story/problems.ts';
import { TourStopSchema, type Tour, type TourStop } from '../story/schema.ts';
import { editorStops, newStopKey, type EditorStop, type TeacherTour } from './teacher-tour.ts';

/** The stop texts a teacher may write. */
export type EditableField = 'title' | 'question' | 'factNote' | 'notes';

/** A tour file checked by the validator (`validateTour`). */
export type TourCheck = { ok: true; tour: Tour } | { ok: false; problems: Problem[] };

/** What the editor holds. */
export interface EditorState {
  /** The article's tour, where a first edit starts from. */
  article: Tour | null;
  /** The teacher's tour; `null` while it is the article's. */
  teacher: TeacherTour | null;
  /** The tour file last refused, and every problem found in it. */
  refused: { file: string; problems: Problem[] } | null;
  /** Counts resets and imports: text fields start again from the stops. */
  revision: number;
}

/** What a teacher does to the tour in the editor. */
export type EditorAction =
  | { type: 'move'; key: string; by: -1 | 1 }
  | { type: 'set-hidden'; key: string; hidden: boolean }
  | { type: 'edit'; key: string; field: EditableField; value: string }
  | { type: 'add'; stop: TourStop }
  | { type: 'delete'; key: string }
  | { type: 'reset' }
  | { type: 'import'; file: string; check: TourCheck };

/** The editor opened on a tour: the teacher's if any, else the article's. */
export function openEditor(article: Tour | null, teacher: TeacherTour | null): EditorState {
  return { article, teacher, refused: null, revision: 0 };
}

/** Why the schema refuses `value` as the stop's `field`; `undefined` if it takes it (an empty question or note is left out). */
export function fieldProblem(field: EditableField, value: string): string | undefined {
  if (field !== 'title' && value.trim() === '') return undefined;
  const result = v.safeParse(TourStopSchema.entries[field], value);
  return result.success ? undefined : result.issues[0]?.message;
}

function editable(state: EditorState): TeacherTour {
  return state.teacher ?? { title: state.article?.title ?? 'My tour', stops: state.article ? editorStops(state.article, 'article') : [] };
}

function withStops(state: EditorState, stops: EditorStop[]): EditorState {
  return { ...state, teacher: { ...editable(state), stops }, refused: null };
}

function withText(stop: TourStop, field: EditableField, value: string): TourStop {
  if (field === 'title' || value.trim() !== '') return { ...stop, [field]: value };
  const { [field]: _left, ...rest } = stop;
  return rest;
}

/** The editor's one reducer; an action that cannot apply (a move past an end, a refused text) returns the state as it was. */
export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { stops } = editable(state);
  const at = 'key' in action ? stops.findIndex((s) => s.key === action.key) : -1;
  const target = stops[at];
  switch (action.type) {
    case 'move': {
      const to = at + action.by;
      if (!target || to < 0 || to >= stops.length) return state;
      const next = stops.filter((s) => s !== target);
      next.splice(to, 0, target);
      return withStops(state, next);
    }
    case 'set-hidden':
      if (!target || target.hidden === action.hidden) return state;
      return withStops(state, stops.map((s) => (s === target ? { ...s, hidden: action.hidden } : s)));
    case 'edit':
      if (!target || fieldProblem(action.field, action.value) !== undefined) return state;
      return withStops(state, stops.map((s) => (s === target ? { ...s, stop: withText(s.stop, action.field, action.value) } : s)));
    case 'add':
      return withStops(state, [...stops, { key: newStopKey(stops), stop: action.stop, hidden: false, origin: 'teacher' }]);
    case 'delete':
      if (!target || target.origin !== 'teacher' || stops.length === 1) return state;
      return withStops(state, stops.filter((s) => s !== target));
    case 'reset':
      return { ...state, teacher: null, refused: null, revision: state.revision + 1 };
    case 'import':
      if (!action.check.ok) return { ...state, refused: { file: action.file, problems: action.check.problems } };
      return {
        ...state,
        teacher: { title: action.check.tour.title, stops: editorStops(action.check.tour, 'teacher') },
        refused: null,
        revision: state.revision + 1,
      };
  }
}
