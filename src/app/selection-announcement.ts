/**
 * Screen reader feedback for a selection: one sentence, built from the selected feature, for the app's live
 * region.
 */
import { formatDateRange } from '../story/format.ts';
import { LAYER_LABELS } from '../story/layers.ts';
import type { StoryFeature } from '../story/schema.ts';

/** What the live region says when a feature is selected: its name, its kind and its date. */
export function selectionAnnouncement({ properties }: StoryFeature): string {
  const { name, layer, date, endDate, datePrecision } = properties;
  const said = [name, LAYER_LABELS[layer].singular.toLowerCase(), formatDateRange(date, endDate, datePrecision)].filter(Boolean).join(', ');
  return `Selected: ${said}. Its passage is open.`;
}
