/**
 * The places list's order: by layer, as on the map; within a layer by date, undated ones after in the
 * story's order; narrowed by a typed filter that matches names regardless of case and accents.
 */
import { LAYER_IDS, type LayerId } from '../story/kinds.ts';
import type { StoryFeature } from '../story/schema.ts';
import { filterMatcher } from './place-filter.ts';

/** The features of each layer that match the filter, in list order; empty layers are left out. */
export function listOrder(features: readonly StoryFeature[], filter: string): { layer: LayerId; features: StoryFeature[] }[] {
  const matches = filterMatcher(filter);
  return LAYER_IDS.map((layer) => ({
    layer,
    features: features
      .filter((feature) => feature.properties.layer === layer && matches(feature))
      .map((feature, index) => ({ feature, index }))
      .sort((a, b) => {
        const [da, db] = [a.feature.properties.date, b.feature.properties.date];
        if (da && db && da !== db) return da < db ? -1 : 1;
        if (da && !db) return -1;
        if (!da && db) return 1;
        return a.index - b.index;
      })
      .map(({ feature }) => feature),
  })).filter((group) => group.features.length > 0);
}
