import { describe, expect, it } from 'vitest';
import { draftReducer } from './draft-reducer.ts';
import { EMPTY_DRAFT } from './draft-model.ts';
import { BREST_FR, FIXTURE_DRAFT } from './draft.fixture.ts';
import { PLAIN_WORDS } from '../story/story-words.ts';

const placeOf = (state: typeof FIXTURE_DRAFT, id: string) => state.places.find((place) => place.id === id);

describe('the story editor’s reducer', () => {
  it('accepts a proposal and drops another', () => {
    const accepted = draftReducer(FIXTURE_DRAFT, { type: 'accept', id: 'warsaw' });
    const dropped = draftReducer(accepted, { type: 'drop', id: 'brest' });
    expect(dropped.places.map((place) => [place.id, place.status])).toEqual([
      ['warsaw', 'accepted'],
      ['brest', 'dropped'],
    ]);
  });

  it('accepts every proposal still open, and leaves a dropped one dropped', () => {
    const state = draftReducer(draftReducer(FIXTURE_DRAFT, { type: 'drop', id: 'brest' }), { type: 'accept-all' });
    expect(state.places.map((place) => place.status)).toEqual(['accepted', 'dropped']);
  });

  it('puts an ambiguous name at the candidate chosen, with its source', () => {
    const brest = placeOf(draftReducer(FIXTURE_DRAFT, { type: 'choose-candidate', id: 'brest', index: 1 }), 'brest');
    expect(brest?.coordinates).toEqual([-4.486, 48.39]);
    expect(brest?.source).toBe(BREST_FR.source);
  });

  it('moves a place, saying it was placed by hand unless a gazetteer entry is given', () => {
    const dragged = placeOf(draftReducer(FIXTURE_DRAFT, { type: 'move', id: 'warsaw', coordinates: [20.5, 52.1] }), 'warsaw');
    expect(dragged?.coordinates).toEqual([20.5, 52.1]);
    expect(dragged?.source).toBe('Placed by hand in the story editor');
    const found = placeOf(draftReducer(FIXTURE_DRAFT, { type: 'move', id: 'warsaw', coordinates: [19.9, 50.06], source: 'GeoNames 3094802' }), 'warsaw');
    expect(found?.source).toBe('GeoNames 3094802');
  });

  it('sets a place’s layer, label, dates, toll and note, and leaves out a date, toll or note emptied', () => {
    let state = FIXTURE_DRAFT;
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'layer', value: 'attacks' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'label', value: 'Brest station' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'date', value: '2016-03-22' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'endDate', value: '2016-03-23' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'deaths', value: '32' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'note', value: 'Placed at the station.' });
    expect(placeOf(state, 'brest')).toMatchObject({ layer: 'attacks', label: 'Brest station', date: '2016-03-22', endDate: '2016-03-23', deaths: 32, note: 'Placed at the station.' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'date', value: ' ' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'deaths', value: '' });
    state = draftReducer(state, { type: 'set-field', id: 'brest', field: 'note', value: '' });
    expect(placeOf(state, 'brest')).not.toHaveProperty('note');
    expect(placeOf(state, 'brest')).not.toHaveProperty('date');
    expect(placeOf(state, 'brest')).not.toHaveProperty('deaths');
  });

  it('renames a place, its map label following the name where it was the name, and kept where it was set apart', () => {
    const added = draftReducer(FIXTURE_DRAFT, { type: 'add-place', coordinates: [27.567, 53.9] });
    const renamed = draftReducer(added, { type: 'set-field', id: 'new-place-1', field: 'name', value: 'Minsk railway station' });
    expect(placeOf(renamed, 'new-place-1')).toMatchObject({ name: 'Minsk railway station', label: 'Minsk railway station' });
    const apart = draftReducer(draftReducer(renamed, { type: 'set-field', id: 'new-place-1', field: 'label', value: 'Minsk' }), { type: 'set-field', id: 'new-place-1', field: 'name', value: 'Minsk-Passazhirsky' });
    expect(placeOf(apart, 'new-place-1')).toMatchObject({ name: 'Minsk-Passazhirsky', label: 'Minsk' });
  });

  it('names a layer, one of its places and a kind of flow in the story’s words, the count following the layer’s name', () => {
    let state = draftReducer(FIXTURE_DRAFT, { type: 'set-word', slot: 'layer', key: 'context', value: 'Stations' });
    state = draftReducer(state, { type: 'set-word', slot: 'layer-one', key: 'context', value: 'Station' });
    state = draftReducer(state, { type: 'set-word', slot: 'flow', key: 'travel', value: 'Night routes' });
    expect(state.article?.words?.layers?.context).toEqual({ plural: 'Stations', singular: 'Station', counted: 'stations' });
    expect(state.article?.words?.layers?.attacks).toEqual(PLAIN_WORDS.layers.attacks);
    expect(state.article?.words?.flows?.travel).toBe('Night routes');
    expect(draftReducer(state, { type: 'set-word', slot: 'flow', key: 'jets', value: 'Jets' })).toBe(state);
  });

  it('refuses the flows layer for a point', () => {
    expect(placeOf(draftReducer(FIXTURE_DRAFT, { type: 'set-field', id: 'brest', field: 'layer', value: 'flows' }), 'brest')?.layer).toBe('context');
  });

  it('links a sentence once, in the article’s order, and unlinks it', () => {
    const linked = draftReducer(draftReducer(FIXTURE_DRAFT, { type: 'link', id: 'warsaw', sentence: 'It reaches Minsk by morning.' }), { type: 'link', id: 'warsaw', sentence: 'Night trains' });
    const twice = draftReducer(linked, { type: 'link', id: 'warsaw', sentence: 'Night trains' });
    expect(placeOf(twice, 'warsaw')?.passage).toEqual(['Night trains', 'The train leaves Warsaw.', 'It reaches Minsk by morning.']);
    const unlinked = draftReducer(twice, { type: 'unlink', id: 'warsaw', sentence: 'The train leaves Warsaw.' });
    expect(placeOf(unlinked, 'warsaw')?.passage).toEqual(['Night trains', 'It reaches Minsk by morning.']);
  });

  it('adds a place where the map was clicked, accepted, selected and with an id of its own', () => {
    const once = draftReducer(FIXTURE_DRAFT, { type: 'add-place', coordinates: [27.567, 53.9] });
    const twice = draftReducer(once, { type: 'add-place', coordinates: [30, 50] });
    expect(twice.places.slice(2).map(({ id, name, status, coordinates }) => ({ id, name, status, coordinates }))).toEqual([
      { id: 'new-place-1', name: 'New place 1', status: 'accepted', coordinates: [27.567, 53.9] },
      { id: 'new-place-2', name: 'New place 2', status: 'accepted', coordinates: [30, 50] },
    ]);
    expect(twice.selectedId).toBe('new-place-2');
  });

  it('draws a flow from one place to another with its kind and date, and removes it', () => {
    const state = draftReducer(FIXTURE_DRAFT, { type: 'add-flow', from: 'warsaw', to: 'brest', flow: 'travel', date: '2017-05-01' });
    expect(state.flows).toEqual([{ kind: 'flow', id: 'warsaw-to-brest', name: 'Warsaw to Brest', from: 'warsaw', to: 'brest', flow: 'travel', date: '2017-05-01', passage: [] }]);
    const kind = draftReducer(state, { type: 'set-field', id: 'warsaw-to-brest', field: 'flow', value: 'return' });
    expect(kind.flows[0]?.flow).toBe('return');
    expect(draftReducer(kind, { type: 'remove-flow', id: 'warsaw-to-brest' }).flows).toEqual([]);
  });

  it('draws no flow from a place to itself', () => {
    expect(draftReducer(FIXTURE_DRAFT, { type: 'add-flow', from: 'brest', to: 'brest', flow: 'travel', date: '2017-05-01' }).flows).toEqual([]);
  });

  it('moves a stop up and down, and not past either end', () => {
    const down = draftReducer(FIXTURE_DRAFT, { type: 'move-stop', key: 'stop-1', by: 1 });
    expect(down.stops.map((stop) => stop.key)).toEqual(['stop-2', 'stop-1']);
    expect(draftReducer(down, { type: 'move-stop', key: 'stop-1', by: 1 }).stops.map((stop) => stop.key)).toEqual(['stop-2', 'stop-1']);
    expect(draftReducer(down, { type: 'move-stop', key: 'stop-1', by: -1 }).stops.map((stop) => stop.key)).toEqual(['stop-1', 'stop-2']);
  });

  it('discards the whole draft, article and all', () => {
    expect(draftReducer(draftReducer(FIXTURE_DRAFT, { type: 'accept-all' }), { type: 'discard' })).toEqual(EMPTY_DRAFT);
  });
});
