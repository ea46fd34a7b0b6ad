/**
 * The validator's problems with the draft's files, sorted to where the editor shows them: beside the
 * place or flow they concern, or in the list of the story's own (the article, the tour).
 */
import type { Problem } from '../story/problems.ts';

/** Problems by feature id, and the rest as lines. */
export interface DraftProblems {
  byFeature: ReadonlyMap<string, string[]>;
  general: string[];
}

export const NO_PROBLEMS: DraftProblems = { byFeature: new Map(), general: [] };

/** Sorts `problems` (the validator names a feature `"id"`, or `#3 (no valid id)`). */
export function sortProblems(problems: readonly Problem[]): DraftProblems {
  const byFeature = new Map<string, string[]>();
  const general: string[] = [];
  for (const problem of problems) {
    const id = /^"(.*)"$/.exec(problem.feature ?? '')?.[1];
    if (id === undefined) general.push(problem.feature ? `${problem.file}, feature ${problem.feature}: ${problem.message}` : `${problem.file}: ${problem.message}`);
    else byFeature.set(id, [...(byFeature.get(id) ?? []), problem.message]);
  }
  return { byFeature, general };
}
