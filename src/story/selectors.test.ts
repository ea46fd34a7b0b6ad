import { describe, expect, it } from 'vitest';
import type { StoryFeature } from './schema.ts';
import { layerCounts, quoteFeatureIndex } from './selectors.ts';

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
