import { useEffect, useState } from 'react';
import { loadStory } from './load-story.ts';
import { formatProblem } from './problems.ts';
import type { Story } from './validate-story.ts';

/** Where loading the story stands: loading, ready, or invalid with every problem as a line. */
export type StoryLoad = { status: 'loading' } | { status: 'ready'; story: Story } | { status: 'invalid'; problems: string[] };

/** Loads and validates the story once, after first paint. */
export function useStory(): StoryLoad {
  const [load, setLoad] = useState<StoryLoad>({ status: 'loading' });
  useEffect(function loadTheStory() {
    let live = true;
    loadStory().then(
      (result) => {
        if (!live) return;
        setLoad(result.ok ? { status: 'ready', story: result.story } : { status: 'invalid', problems: result.problems.map(formatProblem) });
      },
      (error: unknown) => {
        if (live) setLoad({ status: 'invalid', problems: [`geo/: the story could not be loaded (${String(error)})`] });
      },
    );
    return function ignoreLateStory() {
      live = false;
    };
  }, []);
  return load;
}
