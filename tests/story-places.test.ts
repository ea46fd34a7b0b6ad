/**
 * What the basemap's names take from the story (scripts/labels/story-places.ts, story-cities.ts): its
 * places, the names its text says, and the cities that hold its places or that it names.
 */
import { describe, expect, it } from 'vitest';
import type { Article, StoryFeature } from '../src/story/schema.ts';
import { storyCities } from '../scripts/labels/story-cities.ts';
import { namedIn, storyPlaces } from '../scripts/labels/story-places.ts';

const article: Article = {
  kicker: 'Analysis',
  headline: 'A headline',
  standfirst: 'A standfirst.',
  parts: [
    { type: 'paragraph', id: 'p1', text: 'An attack in Nice.' },
    { type: 'photo', id: 'photo-1', caption: 'Soldiers in London.', credit: 'A. Photographer' },
  ],
};
const feature = (id: string, geometry: StoryFeature['geometry']): StoryFeature => ({
  type: 'Feature',
  id,
  geometry,
  properties: { name: id, layer: 'attacks', precision: 'city', passage: ['An attack in Nice.'], source: 'A source' },
});

describe('the story\'s places', () => {
  it('are its points and both ends of each line, and its text is the whole article', () => {
    const places = storyPlaces({
      article,
      features: [
        feature('nice', { type: 'Point', coordinates: [7.26, 43.7] }),
        feature('road', { type: 'LineString', coordinates: [[39, 35.95], [20, 40], [2.35, 48.85]] }),
        feature('roads', { type: 'MultiLineString', coordinates: [[[43.12, 36.34], [13.4, 52.52]], [[1, 1], [2, 2], [3, 3]]] }),
        feature('area', { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }),
      ],
    });
    expect(places.points).toEqual([[7.26, 43.7], [39, 35.95], [2.35, 48.85], [43.12, 36.34], [13.4, 52.52], [1, 1], [3, 3]]);
    expect(places.text).toContain('An attack in Nice.');
    expect(places.text).toContain('Soldiers in London.');
    expect(places.text).toContain('A standfirst.');
  });
});

describe('names in a text', () => {
  const forms = new Map<string, string | null>([
    ['Nice', 'Nice'],
    ['Guinea', 'Guinea'],
    ['Guinea-Bissau', 'Guinea-Bissau'],
    ['U.S.', 'United States'],
    ['Latin America', null],
    ['America', 'United States'],
  ]);

  it('are whole words, case and all', () => {
    expect(namedIn('A nice day in Nicea.', forms)).toEqual(new Set());
    expect(namedIn('The promenade in Nice, by the sea.', forms)).toEqual(new Set(['Nice']));
  });

  it('are the longest form where forms overlap, and a form meaning no name names none', () => {
    expect(namedIn('Bissau, Guinea-Bissau.', forms)).toEqual(new Set(['Guinea-Bissau']));
    expect(namedIn('Across Latin America.', forms)).toEqual(new Set());
    expect(namedIn('Across Latin America and America.', forms)).toEqual(new Set(['United States']));
  });

  it('may end in a full stop, and then end the sentence', () => {
    expect(namedIn('Sources in the U.S. said so.', forms)).toEqual(new Set(['United States']));
    expect(namedIn('It came from the U.S.', forms)).toEqual(new Set(['United States']));
  });
});

describe('the story\'s cities', () => {
  const cities = [
    { name: 'Versailles', position: [2.13, 48.8] as const },
    { name: 'Paris', position: [2.35, 48.86] as const },
    { name: 'Nice', position: [7.27, 43.7] as const },
    { name: 'London', position: [-0.13, 51.51] as const },
    { name: 'Stockholm', position: [18.07, 59.33] as const },
  ];

  it('hold a place when they are the nearest city to it within reach', () => {
    // The Stade de France, 7 km from Paris and 24 km from Versailles.
    expect(storyCities({ points: [[2.36, 48.92]], text: '' }, cities)).toEqual(new Set([1]));
    // A place 60 km from any city is held by none.
    expect(storyCities({ points: [[3.1, 48.9]], text: '' }, cities)).toEqual(new Set());
  });

  it('are also the cities the text names', () => {
    expect(storyCities({ points: [], text: 'Trucks in Nice; soldiers in London; a nice day.' }, cities)).toEqual(new Set([2, 3]));
  });
});

describe('the story\'s region, where the basemap names its smaller cities', () => {
  it('is the first view\'s region with a margin round it: for a story in East Africa, East Africa', () => {
    const places = storyPlaces({
      article,
      features: [feature('nairobi', { type: 'Point', coordinates: [36.82, -1.28] }), feature('mombasa', { type: 'Point', coordinates: [39.66, -4.05] }), feature('nyeri', { type: 'Point', coordinates: [36.95, -0.42] })],
    });
    const [west = 0, south = 0, east = 0, north = 0] = places.region ?? [];
    expect(west).toBeLessThan(36.82 - 9);
    expect(east).toBeGreaterThan(39.66 + 9);
    expect(south).toBeLessThan(-4.05 - 9);
    expect(north).toBeGreaterThan(-0.42 + 9);
    expect(east - west).toBeLessThan(40);
  });
});
