/**
 * Checks the draft's files with the story's one validator, a moment after the last change (not on
 * every key), and sorts the problems to the places and flows they concern.
 */
import { useEffect, useState } from 'react';
import { validateStoryInSlices } from '../story/validate-story.ts';
import { NO_PROBLEMS, sortProblems, type DraftProblems } from './draft-problems.ts';

/** How long the draft must stay unchanged before it is checked, in milliseconds. */
export const CHECK_DELAY_MS = 300;

/** The problems of `files` (none while there are no files), checked again after each change. */
export function useDraftProblems(files: Readonly<Record<string, string>>): { problems: DraftProblems; checking: boolean } {
  const [result, setResult] = useState<{ files: Readonly<Record<string, string>>; problems: DraftProblems } | null>(null);
  const empty = Object.keys(files).length === 0;
  useEffect(
    function checkAfterAPause() {
      if (empty) return undefined;
      let cancelled = false;
      const timer = window.setTimeout(() => {
        void validateStoryInSlices(files).then((checked) => {
          if (!cancelled) setResult({ files, problems: checked.ok ? NO_PROBLEMS : sortProblems(checked.problems) });
        });
      }, CHECK_DELAY_MS);
      return function cancelCheck() {
        cancelled = true;
        window.clearTimeout(timer);
      };
    },
    [files, empty],
  );
  if (empty) return { problems: NO_PROBLEMS, checking: false };
  return { problems: result?.problems ?? NO_PROBLEMS, checking: result?.files !== files };
}
