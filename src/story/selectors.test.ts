import { describe, expect, it } from 'vitest';
import type { StoryFeature } from './schema.ts';
import { inMapOrder, layerCounts, quoteFeatureIndex } from './selectors.ts';

const feature = (id: string, layer: StoryFeature['properties']['layer'], passage: string[]): StoryFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: id.toUpperCase(), layer, precision: 'city', source: 's', passage } }) as StoryFeature;

describe('story selectors', () => {
  const features = [feature('paris', 'attacks', ['A.', 'B.']), feature('nice', 'attacks', ['B.']), feature('raqqa', 'strongholds', ['C.'])];

  it('counts each layer, empty ones at 0', () => {
    expect(layerCounts(features)).toEqual({ attacks: 2, strongholds: 1, networks: 0, flows: 0, context: 0 });
  });

  it('indexes each quoted sentence by the features that quote it, in their order', () => {
    const index = quoteFeatureIndex(features);
    expect(index.get('B.')).toEqual([{ id: 'paris', name: 'PARIS' }, { id: 'nice', name: 'NICE' }]);
    expect([...index.keys()]).toEqual(['A.', 'B.', 'C.']);
  });
});

describe('inMapOrder', () => {
  it("walks city by city, each where its first feature stands in the list's order", () => {
    const at = (id: string, layer: StoryFeature['properties']['layer'], date: string | undefined, city: string): StoryFeature => ({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { name: id, layer, precision: 'site', passage: ['x'], source: 's', city, ...(date ? { date } : {}) },
    });
    const features = [
      at('airport', 'attacks', '2016-03-22', 'Brussels'),
      at('bataclan', 'attacks', '2015-11-13', 'Paris'),
      at('museum', 'attacks', '2014-05-24', 'Brussels'),
      at('nato', 'context', '2017-05-25', 'Brussels'),
      at('white-house', 'context', '2017-05-10', 'Washington'),
    ];
    expect(inMapOrder(features).map((f) => f.id)).toEqual(['museum', 'airport', 'nato', 'bataclan', 'white-house']);
    // The cities beyond the first view come after those in it, whatever their dates.
    const near = (f: StoryFeature) => f.properties.city !== 'Paris';
    expect(inMapOrder(features, near).map((f) => f.id)).toEqual(['museum', 'airport', 'nato', 'white-house', 'bataclan']);
  });
});
