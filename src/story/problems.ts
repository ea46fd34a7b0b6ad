/** One thing wrong with the data: which file, which feature (if any), and what. */
export interface Problem {
  file: string;
  feature?: string;
  message: string;
}

/** Reads a problem as one line: `geo/attacks.geojson, feature "x": properties.date: must be …`. */
export function formatProblem(problem: Problem): string {
  const feature = problem.feature === undefined ? '' : `, feature ${problem.feature}`;
  return `${problem.file}${feature}: ${problem.message}`;
}
