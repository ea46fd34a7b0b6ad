/**
 * The places list's order: by layer, as on the map; within a layer by date, undated ones after in the
 * story's order; narrowed by a typed filter that matches names regardless of case and accents.
 */
import { LAYER_IDS, type LayerId } from '../story/kinds.ts';
import type { StoryFeature } from '../story/schema.ts';
import { filterMatcher } from './place-filter.ts';
import { inListOrder } from '../story/selectors.ts';

/** The features of each layer that match the filter, in list order; empty layers are left out. */
export function listOrder(features: readonly StoryFeature[], filter: string): { layer: LayerId; features: StoryFeature[] }[] {
  const matches = filterMatcher(filter);
  const ordered = inListOrder(features.filter(matches));
  return LAYER_IDS.map((layer) => ({ layer, features: ordered.filter((feature) => feature.properties.layer === layer) })).filter((group) => group.features.length > 0);
}
