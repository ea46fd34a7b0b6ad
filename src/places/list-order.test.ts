import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../story/schema.ts';
import { foldText } from './place-filter.ts';
import { listOrder } from './list-order.ts';

function feature(id: string, name: string, layer: StoryFeature['properties']['layer'], date?: string): StoryFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name, layer, precision: 'city', passage: ['x'], source: 's', ...(date ? { date } : {}) },
  };
}

const features = [
  feature('melbourne', 'Suburbs of Melbourne', 'attacks'),
  feature('manchester', 'Manchester Arena', 'attacks', '2017-05-22'),
  feature('museum', 'Jewish Museum of Belgium', 'attacks', '2014-05-24'),
  feature('nato', 'NATO summit', 'context', '2017-05-25'),
  feature('terraces', 'Café and restaurant terraces, Paris', 'attacks', '2015-11-13'),
];

describe('listOrder', () => {
  it('groups by layer in map order, dated places by date, undated after', () => {
    expect(listOrder(features, '').map((g) => [g.layer, g.features.map((f) => f.id)])).toEqual([
      ['attacks', ['museum', 'terraces', 'manchester', 'melbourne']],
      ['context', ['nato']],
    ]);
  });

  it('narrows to names holding every typed word, ignoring case and accents', () => {
    expect(foldText('Café')).toBe('cafe');
    expect(listOrder(features, 'cafe PARIS').flatMap((g) => g.features.map((f) => f.id))).toEqual(['terraces']);
    expect(listOrder(features, 'nothing like this')).toEqual([]);
  });
});
