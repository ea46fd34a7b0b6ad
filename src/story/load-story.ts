/**
 * The one loader of the story: every file of `geo/` (or of the folder named by STORY_DIR at build
 * time), fetched after first paint as separate chunks. Nothing else reads the data files. Files the
 * build validated, unchanged since (their fingerprints match its stamp), are read as they are; any
 * other is validated here, and only then is the validator loaded.
 */
import stamp from 'virtual:story-stamp';
import { matchesStamp, trustedStory } from './trusted-story.ts';
import type { Problem } from './problems.ts';
import type { ValidationResult } from './validate-story.ts';

/** The folder the story comes from, as named in problems. */
export const STORY_FOLDER = 'geo/';

const storyFiles = import.meta.glob<string>('@story/*.{json,geojson}', { query: '?raw', import: 'default' });

/** The built story's files, by name; a file that cannot be fetched is a problem like any other. */
export async function loadStoryFiles(): Promise<{ ok: true; files: Record<string, string> } | { ok: false; problems: Problem[] }> {
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
  return failed.length > 0 ? { ok: false, problems: failed } : { ok: true, files };
}

/** Loads and validates the story. */
export async function loadStory(): Promise<ValidationResult> {
  const read = await loadStoryFiles();
  if (!read.ok) return read;
  const { files } = read;
  if (matchesStamp(files, stamp)) return { ok: true, story: trustedStory(files) };
  const { validateStoryInSlices } = await import('./validate-story.ts');
  return validateStoryInSlices(files, STORY_FOLDER);
}
