/**
 * Screen reader feedback for a selection: one sentence, built from the selected feature, for the app's live
 * region.
 */
import { formatDateRange } from '../story/format.ts';
import { FIRST_STORY_WORDS, type Words } from '../story/story-words.ts';
import type { StoryFeature } from '../story/schema.ts';

/** What the live region says when a feature is selected: its name, its kind (in the story's words) and its date. */
export function selectionAnnouncement({ properties }: StoryFeature, layers: Words['layers'] = FIRST_STORY_WORDS.layers): string {
  const { name, layer, date, endDate, datePrecision } = properties;
  const said = [name, layers[layer].singular.toLowerCase(), formatDateRange(date, endDate, datePrecision)].filter(Boolean).join(', ');
  return `Selected: ${said}. Its passage is open.`;
}
