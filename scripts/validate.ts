/**
 * `npm run validate [-- <folder>]`: checks a story folder (default `geo/`) and lists every problem,
 * each with its file, feature and what is wrong. Exits 1 when there is any.
 */
import { formatProblem, validateStory } from '../src/story/validate-story.ts';
import { readStoryFolder } from './story-folder.ts';

const folder = process.argv[2] ?? 'geo';
const prefix = folder.endsWith('/') ? folder : `${folder}/`;

let files: Record<string, string>;
try {
  files = readStoryFolder(folder);
} catch (error) {
  console.error(`${folder}: cannot read the folder (${error instanceof Error ? error.message : String(error)})`);
  process.exit(1);
}
const result = validateStory(files, prefix);
if (!result.ok) {
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.error(`\n${prefix}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`);
  process.exit(1);
}
const { story } = result;
const tour = story.tour ? `, a tour of ${story.tour.stops.length} stops` : '';
console.log(`${prefix}: valid: ${story.features.length} features in ${story.layers.length} layers${tour}, every quote verbatim, every paragraph and caption covered`);
