import { describe, expect, it } from 'vitest';
import type { StoryFeature } from './schema.ts';
import { isVisible, monthsBetween, stopFilter, storyMonths, visibleFeatures } from './visibility.ts';

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

  it('shows a flow once its first date has come, whatever its end, like a place', () => {
    const flow = (id: string, date: string, endDate?: string): StoryFeature => {
      const base = feature(id, 'flows', date);
      return { ...base, geometry: { type: 'LineString', coordinates: [[38.9968, 34.8021], [4.3534, 50.8408]] }, properties: { ...base.properties, flow: 'travel', ...(endDate ? { endDate } : {}) } };
    };
    const flows = [flow('nemmouche', '2014-02-21', '2014-05-24'), flow('returns', '2014-06-01', '2017-10-01'), flow('abedi', '2017-05-18')];
    expect(visibleFeatures(flows, { hiddenLayers: [], until: '2014-05' }).map((f) => f.id)).toEqual(['nemmouche']);
    expect(visibleFeatures(flows, { hiddenLayers: [], until: '2014-06' }).map((f) => f.id)).toEqual(['nemmouche', 'returns']);
    expect(visibleFeatures(flows, { hiddenLayers: [], until: null }).map((f) => f.id)).toEqual(['nemmouche', 'returns', 'abedi']);
    expect(storyMonths(flows)[0]).toBe('2014-02');
  });

  it('filters a tour stop by its layers and its own month, and by layers alone where it sets none', () => {
    expect(stopFilter({ layers: ['attacks', 'flows'], until: '2014-05' })).toEqual({ hiddenLayers: ['strongholds', 'networks', 'context'], until: '2014-05' });
    expect(stopFilter({ layers: ['strongholds'] })).toEqual({ hiddenLayers: ['attacks', 'networks', 'flows', 'context'], until: null });
    const shown = visibleFeatures(features, stopFilter({ layers: ['attacks', 'strongholds'], until: '2014-05' }));
    expect(shown.map((f) => f.id)).toEqual(['museum', 'mosul']);
  });
});
