/** One thing wrong with the data: which file, which feature (if any), which field (if any), and what. */
export interface Problem {
  file: string;
  feature?: string;
  /**
   * The field the problem is about (`properties.name`, `geometry.coordinates[1]`), where a reader of the
   * problem needs it apart from the message; the message then still opens with it (see `problemField`).
   */
  field?: string;
  message: string;
}

/** Reads a problem as one line: `geo/attacks.geojson, feature "x": properties.date: must be …`. */
export function formatProblem(problem: Problem): string {
  const feature = problem.feature === undefined ? '' : `, feature ${problem.feature}`;
  return `${problem.file}${feature}: ${problem.message}`;
}

/**
 * The field a validator's message opens with, as every rule writes it (`field: what is wrong`): a dot
 * path with indices (`properties.passage[0]`, `stops.0.until`), a tour stop named by its title
 * (`stops[2] ("Paris").camera.center`) or a bbox corner (`camera.bbox (west, south)`). A message about
 * the file as a whole (`the file is missing`) has none.
 */
const FIELD_FIRST = /^([A-Za-z_$][\w$]*(?:\.[\w$]+|\[\d+\]| \(".*?"\)| \((?:west, south|east, north)\))*): ([\s\S]*)$/;

/** A problem's field and the rest of its message; `field` undefined where it names none. */
export function problemField(problem: Problem): { field: string | undefined; detail: string } {
  if (problem.field !== undefined) {
    const prefix = `${problem.field}: `;
    return { field: problem.field, detail: problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message };
  }
  const match = FIELD_FIRST.exec(problem.message);
  return match ? { field: match[1], detail: match[2] ?? '' } : { field: undefined, detail: problem.message };
}
