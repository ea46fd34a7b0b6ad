import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../story/schema.ts';
import { formatMonth } from '../story/format.ts';
import { deathsByMonth } from './deaths-by-month.ts';

function attack(id: string, date: string, deaths: number): StoryFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name: id, layer: 'attacks', date, deaths: { record: deaths }, precision: 'site', passage: ['x'], source: 's' },
  };
}

describe('deathsByMonth', () => {
  it('adds up the deaths of every attack in a month, and gives 0 to quiet months', () => {
    const features = [attack('bataclan', '2015-11-13', 90), attack('stade', '2015-11-13', 1), attack('sb', '2015-12-02', 14)];
    expect(deathsByMonth(features, ['2015-10', '2015-11', '2015-12'])).toEqual([
      { month: '2015-10', deaths: 0, names: [] },
      { month: '2015-11', deaths: 91, names: ['bataclan', 'stade'] },
      { month: '2015-12', deaths: 14, names: ['sb'] },
    ]);
  });

  it('names months in full', () => {
    expect(formatMonth('2014-05')).toBe('May 2014');
  });
});
