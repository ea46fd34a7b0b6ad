/**
 * What the story dialog's buttons and a dropped file do: open a package (checked by the validator, kept
 * in this browser), go back to the page's own story, export the story shown as a package, and save the
 * app with it as one HTML file. Loaded only when the reader uses one of them.
 */
import { loadStoryFiles } from '../story/load-story.ts';
import { downloadText } from '../ui/download.ts';
import { forgetKeptPackage, keepPackage } from './kept-story.ts';
import { singleFileHtml, withPackage } from './one-file-page.ts';
import { MAX_PACKAGE_CHARS, STORY_FILE_NAMES, packageStory, type PackageProblem, type StoryFiles } from './package-format.ts';
import { readStoryPackageInSlices } from './read-package.ts';
import { fetchPageStory } from './shown-story.ts';
import { embeddedPackageText, type ShownStory, type StorySource } from './story-source.ts';
import { storyFileName } from './story-file-name.ts';

/** Opens a package file: the story to show, or every problem (the story shown stays). */
export async function openPackageFile(file: File): Promise<{ ok: true; shown: ShownStory } | { ok: false; problems: PackageProblem[] }> {
  // A UTF-8 character is at most 4 bytes: a file this large holds more characters than a package may.
  if (file.size > MAX_PACKAGE_CHARS * 4) return { ok: false, problems: [{ package: file.name, message: `is ${file.size} bytes long, too large for a story package` }] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, problems: [{ package: file.name, message: `could not be read (${String(error)})` }] };
  }
  const read = await readStoryPackageInSlices(text, file.name);
  if (!read.ok) return read;
  // A page that carries its own story (a saved file) shows it on every load: an opened one is not kept there.
  const notKept = embeddedPackageText() !== null ? 'It shows until the page is reloaded, which brings back the story saved in this file.' : await keepPackage(file.name, text);
  const headline = read.story.article.headline;
  return {
    ok: true,
    shown: {
      load: { status: 'ready', story: read.story },
      source: { kind: 'opened', name: file.name, files: read.files, kept: notKept === undefined },
      notice: `Opened ${file.name}: “${headline}”. ${notKept ?? 'It is kept in this browser, and a reload shows it.'}`,
    },
  };
}

/** The page's own story again, the opened one forgotten. */
export async function backToOriginal(): Promise<ShownStory> {
  await forgetKeptPackage();
  return { ...(await fetchPageStory()), notice: 'Back to the original story.' };
}

/** The files of the story shown: the build's own, or the package's. */
async function filesOf(source: StorySource): Promise<StoryFiles> {
  if (source.kind !== 'built') return source.files;
  const read = await loadStoryFiles();
  if (!read.ok) throw new Error(read.problems.map((problem) => problem.message).join('; '));
  return Object.fromEntries(Object.entries(read.files).filter(([name]) => STORY_FILE_NAMES.includes(name)));
}

/** Downloads the story shown as a package; a sentence saying what was done. */
export async function exportStory(headline: string, source: StorySource): Promise<string> {
  const name = storyFileName(headline, 'json');
  downloadText(packageStory(await filesOf(source)), name, 'application/json');
  return `Exported the story as ${name}. Open it with “Open story…” in any copy of this map.`;
}

/** Downloads the app as one HTML file holding the story shown; a sentence saying what was done, or why not. */
export async function saveOneFile(headline: string, source: StorySource): Promise<string> {
  const [app, files] = await Promise.all([singleFileHtml(), filesOf(source)]);
  if (!app.ok) return `The map could not be saved as one file: ${app.problem}.`;
  const page = withPackage(app.html, packageStory(files), headline);
  if (page === undefined) return 'The map could not be saved as one file: its page has no place for a story.';
  const name = storyFileName(headline, 'html');
  downloadText(page, name, 'text/html');
  return `Saved the map with this story as ${name}: it opens from disk, with no network.`;
}
