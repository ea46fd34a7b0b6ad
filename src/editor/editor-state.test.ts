import { describe, expect, it } from 'vitest';
import { validateTour } from '../story/validate-story.ts';
import { editorReducer, fieldProblem, openEditor, type EditorAction, type EditorState } from './editor-state.ts';
import { presentedTour } from './teacher-tour.ts';
import { TINY_TOUR, tinyStory } from './tiny-story.fixture.ts';

const story = tinyStory();
const fresh = () => openEditor(story.tour, null);
const run = (...actions: EditorAction[]) => actions.reduce(editorReducer, fresh());
const titles = (state: EditorState) => state.teacher?.stops.map((s) => s.stop.title);
const presented = (state: EditorState) => (state.teacher ? presentedTour(state.teacher) : state.article);

describe('tour editor reducer', () => {
  it('starts from the article’s tour, which it never changes', () => {
    const state = run({ type: 'move', key: 'article-2', by: -1 });
    expect(titles(state)).toEqual(['Raqqa', 'Paris']);
    expect(story.tour?.stops.map((s) => s.title)).toEqual(['Paris', 'Raqqa']);
  });

  it('moves a stop up and down, and not past either end', () => {
    expect(titles(run({ type: 'move', key: 'article-1', by: 1 }))).toEqual(['Raqqa', 'Paris']);
    const state = fresh();
    expect(editorReducer(state, { type: 'move', key: 'article-1', by: -1 })).toBe(state);
    expect(editorReducer(state, { type: 'move', key: 'article-2', by: 1 })).toBe(state);
  });

  it('hides a stop from the presented tour and shows it again', () => {
    const hidden = run({ type: 'set-hidden', key: 'article-1', hidden: true });
    expect(presented(hidden)?.stops.map((s) => s.title)).toEqual(['Raqqa']);
    expect(titles(hidden)).toEqual(['Paris', 'Raqqa']);
    const shown = editorReducer(hidden, { type: 'set-hidden', key: 'article-1', hidden: false });
    expect(presented(shown)?.stops.map((s) => s.title)).toEqual(['Paris', 'Raqqa']);
  });

  it('presents nothing when every stop is hidden', () => {
    const state = run({ type: 'set-hidden', key: 'article-1', hidden: true }, { type: 'set-hidden', key: 'article-2', hidden: true });
    expect(presented(state)).toBeNull();
  });

  it('edits title, question, fact note and notes; an empty question or note is left out', () => {
    const state = run(
      { type: 'edit', key: 'article-1', field: 'title', value: 'Paris, November 2015' },
      { type: 'edit', key: 'article-1', field: 'notes', value: 'Ask who has been to Paris.' },
      { type: 'edit', key: 'article-1', field: 'factNote', value: 'The toll rose to 131 in 2019.' },
      { type: 'edit', key: 'article-2', field: 'question', value: '  ' },
    );
    expect(state.teacher?.stops[0]?.stop).toMatchObject({ title: 'Paris, November 2015', notes: 'Ask who has been to Paris.', factNote: 'The toll rose to 131 in 2019.' });
    expect(state.teacher?.stops[1]?.stop).not.toHaveProperty('question');
  });

  it('refuses an empty title and markup, as the schema does, and changes nothing', () => {
    const state = fresh();
    expect(editorReducer(state, { type: 'edit', key: 'article-1', field: 'title', value: ' ' })).toBe(state);
    expect(editorReducer(state, { type: 'edit', key: 'article-1', field: 'notes', value: '<img src=x onerror=alert(1)>' })).toBe(state);
    expect(fieldProblem('title', '')).toBe('must not be empty');
    expect(fieldProblem('question', '<script>alert(1)</script>')).toMatch(/must be plain text/);
    expect(fieldProblem('question', 'Is 3 < 4 & why?')).toBeUndefined();
    expect(fieldProblem('factNote', '<script>alert(1)</script>')).toMatch(/must be plain text/);
  });

  it('adds a stop at the end, and deletes only the stops it added', () => {
    const stop = { ...TINY_TOUR.stops[0]!, title: 'Paris again', layers: ['attacks' as const] };
    const added = run({ type: 'add', stop });
    expect(titles(added)).toEqual(['Paris', 'Raqqa', 'Paris again']);
    const key = added.teacher?.stops[2]?.key ?? '';
    expect(added.teacher?.stops[2]?.origin).toBe('teacher');
    expect(titles(editorReducer(added, { type: 'delete', key }))).toEqual(['Paris', 'Raqqa']);
    expect(editorReducer(added, { type: 'delete', key: 'article-1' })).toBe(added);
  });

  it('resets to the article’s tour', () => {
    const state = run({ type: 'move', key: 'article-1', by: 1 }, { type: 'reset' });
    expect(state.teacher).toBeNull();
    expect(presented(state)).toBe(story.tour);
    expect(state.revision).toBe(1);
  });

  it('imports a valid tour file in place of the current tour', () => {
    const file = { ...TINY_TOUR, title: 'Imported', stops: [TINY_TOUR.stops[1]!] };
    const state = run({ type: 'import', file: 'mine.json', check: validateTour(JSON.stringify(file), 'mine.json', story) });
    expect(presented(state)).toEqual(file);
    expect(state.teacher?.stops.every((s) => s.origin === 'teacher')).toBe(true);
  });

  it('refuses an invalid tour file, keeps its problems and changes no stop', () => {
    const before = run({ type: 'move', key: 'article-1', by: 1 });
    const bad = { ...TINY_TOUR, stops: [{ ...TINY_TOUR.stops[0]!, title: '', features: ['nowhere'] }, { ...TINY_TOUR.stops[1]!, passage: ['Money came from Mosul.'] }] };
    const after = editorReducer(before, { type: 'import', file: 'bad.json', check: validateTour(JSON.stringify(bad), 'bad.json', story) });
    expect(after.teacher).toBe(before.teacher);
    expect(after.refused?.file).toBe('bad.json');
    expect(after.refused?.problems.map((p) => p.message)).toEqual([
      "stops.0.title: must not be empty",
      `stops[1] ("Raqqa").passage[0]: not found word for word in the article: "Money came from Mosul."`,
    ]);
  });
});
