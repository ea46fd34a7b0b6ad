/**
 * The one loader of the story: every file of `geo/` (or of the folder named by STORY_DIR at build time), fetched after first paint as separate chunks, then
 * validated once. Nothing else reads the data files. The validator comes with the data, not with the
 * first paint.
 */
import type { ValidationResult } from './validate-story.ts';

/** The folder the story comes from, as named in problems. */
export const STORY_FOLDER = 'geo/';

const storyFiles = import.meta.glob<string>('@story/*.{json,geojson}', { query: '?raw', import: 'default' });

/** Loads and validates the story; a file that cannot be fetched is a problem like any other. */
export async function loadStory(): Promise<ValidationResult> {
  // The validator's chunk is fetched beside the data's, not after it.
  const validator = import('./validate-story.ts');
  const entries = await Promise.all(
    Object.entries(storyFiles).map(async ([path, load]) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      try {
        return { name, text: await load(), error: undefined };
      } catch (error) {
        return { name, text: undefined, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const files: Record<string, string> = {};
  const failed = entries.flatMap((entry) => {
    if (entry.text !== undefined) files[entry.name] = entry.text;
    return entry.error === undefined ? [] : [{ file: `${STORY_FOLDER}${entry.name}`, message: `could not be loaded (${entry.error})` }];
  });
  if (failed.length > 0) return { ok: false, problems: failed };
  const { validateStoryInSlices } = await validator;
  return validateStoryInSlices(files, STORY_FOLDER);
}
