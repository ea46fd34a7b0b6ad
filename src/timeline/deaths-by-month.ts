/** Deaths on record per month, over the timeline's months: the data of the timeline's small chart. */
import type { StoryFeature } from '../story/schema.ts';
import { monthOf, type Month } from '../story/visibility.ts';

/** For each month, the deaths on record of the features dated in it, and their names. */
export function deathsByMonth(features: readonly StoryFeature[], months: readonly Month[]): { month: Month; deaths: number; names: string[] }[] {
  return months.map((month) => {
    const inMonth = features.filter((f) => f.properties.deaths && f.properties.date && monthOf(f.properties.date) === month);
    return {
      month,
      deaths: inMonth.reduce((sum, f) => sum + (f.properties.deaths?.record ?? 0), 0),
      names: inMonth.map((f) => f.properties.name),
    };
  });
}
