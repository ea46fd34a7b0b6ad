/**
 * Which features show, given the layers switched off and the timeline's date: the map, the places list
 * and the handout all show the same set. Months are `YYYY-MM` strings, which sort as dates do.
 */
import { LAYER_IDS, type LayerId } from './kinds.ts';
import type { StoryFeature } from './schema.ts';

/** A month as `YYYY-MM`. */
export type Month = string;

/** The month of an ISO date. */
export function monthOf(date: string): Month {
  return date.slice(0, 7);
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: Month, last: Month): Month[] {
  const months: Month[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard += 1) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > last) break;
    months.push(current);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** The months the timeline runs through: from the earliest to the latest dated feature. */
export function storyMonths(features: readonly StoryFeature[]): Month[] {
  const dated = features.flatMap((f) => (f.properties.date ? [monthOf(f.properties.date)] : [])).sort();
  const [first, last] = [dated[0], dated[dated.length - 1]];
  return first && last ? monthsBetween(first, last) : [];
}

/** What narrows the features shown. */
export interface VisibilityFilter {
  hiddenLayers: readonly LayerId[];
  /** Dated features after this month are hidden; `null` shows them all. Undated ones always show. */
  until: Month | null;
}

/**
 * The filter of a tour stop: only the layers it shows, and nothing dated after its own month (`until`);
 * a stop that sets no month shows every date.
 */
export function stopFilter(stop: { layers: readonly LayerId[]; until?: Month | undefined }): VisibilityFilter {
  return { hiddenLayers: LAYER_IDS.filter((layer) => !stop.layers.includes(layer)), until: stop.until ?? null };
}

/** Whether one feature shows under the filter: a flow, like a place, once its (first) date has come. */
export function isVisible(feature: StoryFeature, { hiddenLayers, until }: VisibilityFilter): boolean {
  if (hiddenLayers.includes(feature.properties.layer)) return false;
  const { date } = feature.properties;
  return until === null || date === undefined || monthOf(date) <= until;
}

/** The features that show, in their story order. */
export function visibleFeatures(features: readonly StoryFeature[], filter: VisibilityFilter): StoryFeature[] {
  return features.filter((feature) => isVisible(feature, filter));
}
