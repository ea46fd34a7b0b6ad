import { describe, expect, it } from 'vitest';
import { draftReducer, type DraftAction } from './draft-reducer.ts';
import { liveStops, openParagraphs, partOfStop } from './draft-stops.ts';
import { FIXTURE_DRAFT } from './draft.fixture.ts';

const apply = (...actions: DraftAction[]) => actions.reduce(draftReducer, FIXTURE_DRAFT);
const MINSK: DraftAction[] = [{ type: 'add-place', coordinates: [27.567, 53.9], name: 'Minsk' }, { type: 'link', id: 'minsk', sentence: 'It reaches Minsk by morning.' }];

describe('the draft tour’s stops', () => {
  it('stands a drafted stop for the paragraph of its first quote', () => {
    expect(partOfStop(FIXTURE_DRAFT, { key: 'stop-9', title: 'Paragraph 1: Warsaw', features: ['warsaw'], passage: ['The train leaves Warsaw.'] })).toBe('p1');
    expect(partOfStop(FIXTURE_DRAFT, { key: 'stop-9', title: 'Nowhere', features: [], passage: ['Not in the article.'] })).toBeNull();
  });

  it('shows what is accepted and linked to its paragraph now, titled by their names', () => {
    expect(liveStops(apply({ type: 'accept', id: 'brest' })).map(({ title, features }) => ({ title, features }))).toEqual([
      { title: 'Paragraph 1: Brest', features: ['brest'] },
      { title: 'Paragraph 2', features: [] },
    ]);
    const renamed = apply({ type: 'accept-all' }, { type: 'set-field', id: 'brest', field: 'label', value: 'Brest station' });
    expect(liveStops(renamed)[0]?.title).toBe('Paragraph 1: Warsaw, Brest station');
  });

  it('offers the paragraphs that link something and have no stop, and adds one at the end', () => {
    const noStops = { ...apply({ type: 'accept-all' }, ...MINSK), stops: [] };
    expect(openParagraphs(noStops)).toEqual([
      { part: 'p1', title: 'Paragraph 1: Warsaw, Brest' },
      { part: 'p2', title: 'Paragraph 2: Minsk' },
    ]);
    const added = draftReducer(draftReducer(noStops, { type: 'add-stop', part: 'p2' }), { type: 'add-stop', part: 'p1' });
    expect(liveStops(added).map(({ key, part, features }) => ({ key, part, features }))).toEqual([
      { key: 'stop-1', part: 'p2', features: ['minsk'] },
      { key: 'stop-2', part: 'p1', features: ['warsaw', 'brest'] },
    ]);
    expect(openParagraphs(added)).toEqual([]);
  });

  it('takes a stop out, and its paragraph is offered again', () => {
    const state = apply({ type: 'accept-all' }, { type: 'remove-stop', key: 'stop-1' });
    expect(state.stops.map((stop) => stop.key)).toEqual(['stop-2']);
    expect(openParagraphs(state).map((paragraph) => paragraph.part)).toEqual(['p1']);
  });
});
