/**
 * Which story the page shows, read in order: a package embedded in the page (a file saved with "Save as
 * one file"), then a story the reader opened and kept in this browser, then the story the build holds.
 * The built story's way is unchanged (story-load.ts): no package code is loaded for it; a package is
 * always checked by the validator, never trusted.
 */
import { fetchStory } from '../story/story-load.ts';
import { embeddedPackageText, keptMarker, type ShownStory } from './story-source.ts';

/** How the embedded package is named in problems: it has no file name of its own. */
export const EMBEDDED_NAME = 'this page’s own story';

/** The page's own story: its embedded package where it holds one, otherwise the built story. */
export async function fetchPageStory(): Promise<ShownStory> {
  const embedded = embeddedPackageText();
  if (embedded === null) return { load: await fetchStory(), source: { kind: 'built' } };
  const [{ readStoryPackageInSlices }, { describePackageProblem }] = await Promise.all([import('./read-package.ts'), import('./package-format.ts')]);
  const read = await readStoryPackageInSlices(embedded, EMBEDDED_NAME);
  return read.ok
    ? { load: { status: 'ready', story: read.story }, source: { kind: 'embedded', files: read.files } }
    : { load: { status: 'invalid', problems: read.problems.map(describePackageProblem) }, source: { kind: 'built' } };
}

/** A story opened earlier and kept for this page, checked again; else the page's own, saying why. */
async function fetchKeptStory(name: string): Promise<ShownStory> {
  const [{ readStoryPackageInSlices }, { forgetKeptPackage, readKeptPackage }] = await Promise.all([import('./read-package.ts'), import('./kept-story.ts')]);
  const text = await readKeptPackage();
  const read = text === null ? null : await readStoryPackageInSlices(text, name);
  if (read?.ok) return { load: { status: 'ready', story: read.story }, source: { kind: 'opened', name, files: read.files, kept: true } };
  await forgetKeptPackage();
  const why = read === null ? 'it is no longer kept in this browser' : `it has ${read.problems.length === 1 ? 'a problem' : `${read.problems.length} problems`}; open it again to see them`;
  return { ...(await fetchPageStory()), notice: `The story opened earlier (${name}) could not be shown: ${why}. This is the original story.` };
}

/** The story to show, never rejecting: a failure is an invalid story with its reasons. */
export async function fetchShownStory(): Promise<ShownStory> {
  const marker = embeddedPackageText() === null ? keptMarker() : null;
  try {
    return await (marker ? fetchKeptStory(marker.name) : fetchPageStory());
  } catch (error) {
    return { load: { status: 'invalid', problems: [`The story could not be loaded (${String(error)})`] }, source: { kind: 'built' } };
  }
}
