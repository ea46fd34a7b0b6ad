import { describe, expect, it } from 'vitest';
import { appReducer, INITIAL_STATE, routeOf, type AppState } from './app-state.ts';
import { hashFromRoute, routeFromHash } from './route.ts';

describe('app reducer', () => {
  it('selecting a feature keeps the features that share its sentence, without itself', () => {
    const state = appReducer(INITIAL_STATE, { type: 'select', id: 'paris-bataclan', related: ['paris-bataclan', 'paris-terraces'] });
    expect(state.selectedId).toBe('paris-bataclan');
    expect(state.relatedIds).toEqual(['paris-terraces']);
  });

  it('choosing a place lowers the sheet, keeping its tab, and reading raises it again', () => {
    const listing = appReducer(INITIAL_STATE, { type: 'set-tab', tab: 'places' });
    const chosen = appReducer(listing, { type: 'select', id: 'raqqa' });
    expect(chosen).toMatchObject({ selectedId: 'raqqa', tab: 'places', sheetOpen: false });
    expect(appReducer(chosen, { type: 'read-article' })).toMatchObject({ selectedId: 'raqqa', tab: 'article', sheetOpen: true });
  });

  it('closing the passage clears the selection and its related features', () => {
    const selected = appReducer(INITIAL_STATE, { type: 'select', id: 'mosul', related: ['raqqa'] });
    expect(appReducer(selected, { type: 'close' })).toEqual(INITIAL_STATE);
  });

  it('closing a passage chosen from the raised sheet raises it again, on the same tab; one chosen on the map leaves it lowered', () => {
    const places = appReducer(INITIAL_STATE, { type: 'set-tab', tab: 'places' });
    const chosen = appReducer(appReducer(places, { type: 'select', id: 'raqqa' }), { type: 'select', id: 'mosul' });
    expect(chosen).toMatchObject({ selectedId: 'mosul', sheetOpen: false });
    expect(appReducer(chosen, { type: 'close' })).toMatchObject({ selectedId: null, tab: 'places', sheetOpen: true });
    const lowered = appReducer(places, { type: 'set-sheet', open: false });
    expect(appReducer(appReducer(lowered, { type: 'select', id: 'raqqa' }), { type: 'close' })).toMatchObject({ sheetOpen: false });
  });

  it('reading the article switches the sidebar to it and raises the sheet', () => {
    const places = appReducer(INITIAL_STATE, { type: 'set-tab', tab: 'places' });
    expect(places).toMatchObject({ tab: 'places', sheetOpen: true });
    const lowered = appReducer(places, { type: 'set-sheet', open: false });
    expect(appReducer(lowered, { type: 'read-article' })).toMatchObject({ tab: 'article', sheetOpen: true });
  });

  it('switches layers off and on, keeping them in the map’s order', () => {
    let state = appReducer(INITIAL_STATE, { type: 'set-layer', layer: 'context', visible: false });
    state = appReducer(state, { type: 'set-layer', layer: 'attacks', visible: false });
    expect(state.hiddenLayers).toEqual(['attacks', 'context']);
    state = appReducer(state, { type: 'set-layer', layer: 'context', visible: false });
    expect(state.hiddenLayers).toEqual(['attacks', 'context']);
    expect(appReducer(state, { type: 'set-layer', layer: 'attacks', visible: true }).hiddenLayers).toEqual(['context']);
  });

  it('sets and clears the timeline’s month', () => {
    const state = appReducer(INITIAL_STATE, { type: 'set-until', until: '2015-11' });
    expect(state.until).toBe('2015-11');
    expect(appReducer(state, { type: 'set-until', until: null }).until).toBeNull();
  });

  it('turns online tiles on and off without touching the selection', () => {
    const selected = { ...INITIAL_STATE, selectedId: 'raqqa' };
    expect(appReducer(selected, { type: 'set-online-tiles', on: true })).toEqual({ ...selected, onlineTiles: true });
  });

  it('keeps the places filter through selecting, closing and links, which do not hold it', () => {
    let state = appReducer(INITIAL_STATE, { type: 'set-places-filter', filter: 'raqqa' });
    state = appReducer(state, { type: 'select', id: 'raqqa' });
    state = appReducer(state, { type: 'close' });
    state = appReducer(state, { type: 'load-route', route: routeFromHash('#/place/mosul?hide=flows') });
    expect(state.placesFilter).toBe('raqqa');
    expect(hashFromRoute(routeOf(state))).toBe('#/place/mosul?hide=flows');
    expect(appReducer(state, { type: 'set-places-filter', filter: '' }).placesFilter).toBe('');
  });

  it('loads a route from the URL, keeping what the URL does not hold', () => {
    const reading: AppState = { ...INITIAL_STATE, tab: 'places', onlineTiles: true };
    const state = appReducer(reading, { type: 'load-route', route: { place: 'nice-promenade', hiddenLayers: ['flows'], until: '2016-07', tourStop: null } });
    expect(state).toEqual({ ...reading, selectedId: 'nice-promenade', hiddenLayers: ['flows'], until: '2016-07' });
  });

  it('steps through the tour within its stops, and leaves it', () => {
    const presenting = appReducer({ ...INITIAL_STATE, selectedId: 'mosul' }, { type: 'tour-go', stop: 1, stops: 13 });
    expect(presenting).toMatchObject({ tourStop: 1, selectedId: null });
    expect(appReducer(presenting, { type: 'tour-go', stop: 99, stops: 13 }).tourStop).toBe(13);
    expect(appReducer(presenting, { type: 'tour-go', stop: 0, stops: 13 }).tourStop).toBe(1);
    expect(appReducer(presenting, { type: 'tour-exit' }).tourStop).toBeNull();
  });

  it('every state survives state -> URL -> state', () => {
    const states: AppState[] = [
      INITIAL_STATE,
      { ...INITIAL_STATE, selectedId: 'paris-bataclan' },
      { ...INITIAL_STATE, hiddenLayers: ['strongholds', 'flows'], until: '2016-03' },
      { ...INITIAL_STATE, selectedId: 'manchester-arena', hiddenLayers: ['attacks', 'strongholds', 'networks', 'flows', 'context'], until: '2017-05' },
      { ...INITIAL_STATE, tourStop: 7 },
    ];
    for (const state of states) {
      const back = appReducer(state, { type: 'load-route', route: routeFromHash(hashFromRoute(routeOf(state))) });
      expect(back).toEqual(state);
    }
  });
});
