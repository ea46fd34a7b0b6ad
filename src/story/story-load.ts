/**
 * How the app gets its story: loaded and checked, and any failure turned into a list of problems for the
 * error screen.
 */
import { loadStory } from './load-story.ts';
import { formatProblem } from './problems.ts';
import type { Story } from './validate-story.ts';

/** The story, ready, or invalid with every problem as a line. */
export type StoryLoad = { status: 'ready'; story: Story } | { status: 'invalid'; problems: string[] };

/** Loads and validates the story; never rejects: a failure is an invalid story with its reason. */
export async function fetchStory(): Promise<StoryLoad> {
  try {
    const result = await loadStory();
    return result.ok ? { status: 'ready', story: result.story } : { status: 'invalid', problems: result.problems.map(formatProblem) };
  } catch (error) {
    return { status: 'invalid', problems: [`geo/: the story could not be loaded (${String(error)})`] };
  }
}
