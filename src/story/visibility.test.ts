import { describe, expect, it } from 'vitest';
import type { StoryFeature } from './schema.ts';
import { isVisible, monthsBetween, storyMonths, visibleFeatures } from './visibility.ts';

function feature(id: string, layer: StoryFeature['properties']['layer'], date?: string): StoryFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name: id, layer, precision: 'city', passage: ['x'], source: 's', ...(date ? { date } : {}) },
  };
}

const features = [feature('museum', 'attacks', '2014-05-24'), feature('paris', 'attacks', '2015-11-13'), feature('mosul', 'strongholds')];

describe('visibility', () => {
  it('lists every month between two months, across years', () => {
    expect(monthsBetween('2014-11', '2015-02')).toEqual(['2014-11', '2014-12', '2015-01', '2015-02']);
    expect(monthsBetween('2014-05', '2017-05')).toHaveLength(37);
  });

  it('runs the timeline from the earliest to the latest dated feature', () => {
    const months = storyMonths(features);
    expect(months[0]).toBe('2014-05');
    expect(months[months.length - 1]).toBe('2015-11');
  });

  it('hides dated features after the month, and keeps undated ones', () => {
    const filter = { hiddenLayers: [], until: '2015-10' };
    expect(visibleFeatures(features, filter).map((f) => f.id)).toEqual(['museum', 'mosul']);
    expect(isVisible(features[1] as StoryFeature, { hiddenLayers: [], until: '2015-11' })).toBe(true);
  });

  it('hides the features of a layer that is switched off', () => {
    expect(visibleFeatures(features, { hiddenLayers: ['attacks'], until: null }).map((f) => f.id)).toEqual(['mosul']);
  });
});
