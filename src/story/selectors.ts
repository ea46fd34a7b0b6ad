/** What the page derives from the story's features: pure, beside the story, each computed where it is used. */
import { LAYER_IDS, type LayerId } from './kinds.ts';
import type { StoryFeature } from './schema.ts';

/** How many features each layer holds. */
export function layerCounts(features: readonly StoryFeature[]): Record<LayerId, number> {
  const counts = Object.fromEntries(LAYER_IDS.map((layer) => [layer, 0])) as Record<LayerId, number>;
  for (const feature of features) counts[feature.properties.layer] += 1;
  return counts;
}

/** Each quoted sentence, and the features that quote it (id and name), in the features' order. */
export function quoteFeatureIndex(features: readonly StoryFeature[]): Map<string, { id: string; name: string }[]> {
  const index = new Map<string, { id: string; name: string }[]>();
  for (const { id, properties } of features) {
    for (const quote of properties.passage) index.set(quote, [...(index.get(quote) ?? []), { id, name: properties.name }]);
  }
  return index;
}

/**
 * The story's features in the places list's order, which the map's Tab order follows too: by layer,
 * as on the map; within a layer by date, undated ones after, in the story's order.
 */
export function inListOrder<T extends StoryFeature>(features: readonly T[]): T[] {
  const layerIndex = new Map(LAYER_IDS.map((layer, i) => [layer, i]));
  return features
    .map((feature, index) => ({ feature, index }))
    .sort((a, b) => {
      const byLayer = (layerIndex.get(a.feature.properties.layer) ?? 0) - (layerIndex.get(b.feature.properties.layer) ?? 0);
      if (byLayer !== 0) return byLayer;
      const [da, db] = [a.feature.properties.date, b.feature.properties.date];
      if (da && db && da !== db) return da < db ? -1 : 1;
      if (da && !db) return -1;
      if (!da && db) return 1;
      return a.index - b.index;
    })
    .map(({ feature }) => feature);
}

/**
 * The map's Tab order: city by city, each city where its first feature stands in the places list's
 * order, and within a city in that order: an opened group's sites (Brussels's five) are walked one
 * after another, not broken by Paris and San Bernardino, which the list's dates put between them.
 * The cities `near` says are in the first view come before the others (each of which, focused, takes
 * the map across the world): Europe and the Middle East, then America and Asia.
 */
export function inMapOrder<T extends StoryFeature>(features: readonly T[], near: (feature: T) => boolean = () => true): T[] {
  const listed = inListOrder(features);
  const cityAt = new Map<string, number>();
  const far = new Set<string>();
  for (const [i, feature] of listed.entries()) if (!cityAt.has(feature.properties.city ?? feature.id)) cityAt.set(feature.properties.city ?? feature.id, i);
  for (const feature of listed) if (!near(feature)) far.add(feature.properties.city ?? feature.id);
  const at = (feature: T, i: number) => {
    const city = feature.properties.city ?? feature.id;
    return ((far.has(city) ? listed.length : 0) + (cityAt.get(city) ?? i)) * listed.length + i;
  };
  return listed
    .map((feature, i) => ({ feature, rank: at(feature, i) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ feature }) => feature);
}
