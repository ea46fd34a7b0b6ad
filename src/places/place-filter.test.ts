import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../story/schema.ts';
import { placesCountText, placesOnMap } from './place-filter.ts';

function feature(id: string, name: string, layer: StoryFeature['properties']['layer']): StoryFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name, layer, precision: 'city', passage: ['x'], source: 's' },
  };
}

const features = [
  feature('mosul', 'Mosul, Iraq', 'strongholds'),
  feature('raqqa', 'Raqqa, Syria', 'strongholds'),
  feature('raqqa-to-paris', 'From Raqqa to Paris', 'flows'),
  feature('terraces', 'Café and restaurant terraces, Paris', 'attacks'),
];

describe('placesOnMap', () => {
  it('shows the places and flows whose names hold every typed word, in their order', () => {
    expect(placesOnMap(features, 'raqqa', null).map((f) => f.id)).toEqual(['raqqa', 'raqqa-to-paris']);
    expect(placesOnMap(features, 'PARIS  cafe', null).map((f) => f.id)).toEqual(['terraces']);
    expect(placesOnMap(features, 'nothing like this', null)).toEqual([]);
  });

  it('keeps the selected feature on the map though the filter leaves it out', () => {
    expect(placesOnMap(features, 'paris', 'mosul').map((f) => f.id)).toEqual(['mosul', 'raqqa-to-paris', 'terraces']);
    expect(placesOnMap(features, 'nothing like this', 'raqqa').map((f) => f.id)).toEqual(['raqqa']);
  });

  it('with no filter, or a blank one, gives back the very same list', () => {
    expect(placesOnMap(features, '', null)).toBe(features);
    expect(placesOnMap(features, '   ', 'mosul')).toBe(features);
  });
});

describe('placesCountText', () => {
  it('says how many of the story’s places the map shows, and why not all', () => {
    expect(placesCountText({ shown: 38, total: 38, filtered: false })).toBe('38 of 38 places shown on the map');
    expect(placesCountText({ shown: 2, total: 38, filtered: true })).toBe('2 of 38 places shown on the map');
    expect(placesCountText({ shown: 29, total: 38, filtered: false })).toBe('29 of 38 places shown on the map (layers or timeline hide the others)');
    expect(placesCountText({ shown: 0, total: 38, filtered: true, kept: 'Mosul, Iraq' })).toBe('0 of 38 places shown on the map, and Mosul, Iraq, whose passage is open');
  });
});
