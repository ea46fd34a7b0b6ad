/**
 * Vite plugin: at build time, validates the story folder and renders the fresh page into index.html
 * (headline, article, places with their passages), so that content shows before any script runs and
 * with scripts off. The app hydrates that markup in the browser. A story with problems fails the build
 * with every problem listed.
 */
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type * as Prerender from '../src/prerender.tsx';
import type * as Validate from '../src/story/validate-story.ts';
import { readStoryFolder } from './story-folder.ts';
import { fingerprint } from '../src/story/fingerprint.ts';
import { formatMonth } from '../src/story/format.ts';

const ROOT_ELEMENT = '<div id="root"></div>';
const TITLE = /<title>[^<]*<\/title>/;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;

/** Text made safe for an HTML element or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** index.html's title and description, the story's: its headline, kicker and month. */
export function storyHead(html: string, { headline, kicker, published }: Validate.Story['article']): string {
  if (!TITLE.test(html) || !DESCRIPTION.test(html)) throw new Error('index.html has no <title> or <meta name="description"> to name the story in');
  const month = published ? `${formatMonth(published)} ` : '';
  const description = `An interactive story map of the ${month}${kicker.toLowerCase()} “${headline}”: every place in the article on a map that works offline, each opening its passage.`;
  return html.replace(TITLE, () => `<title>${escapeHtml(`Story map: ${headline}`)}</title>`).replace(DESCRIPTION, () => `<meta name="description" content="${escapeHtml(description)}" />`);
}

/** The folders validated in this process, by their files' texts: the build's three plugins ask for the same story. */
const validated = new Map<string, Promise<Validate.Story>>();

/** The story of `folder`, validated (once per content of its files), or an error listing every problem. */
export function readStory(folder: string): Promise<Validate.Story> {
  const files = readStoryFolder(folder);
  const key = `${folder}\0${Object.entries(files).map(([name, text]) => `${name}:${fingerprint(text)}`).join(' ')}`;
  const known = validated.get(key);
  if (known) return known;
  const story = (async () => {
    const { validateStory, formatProblem } = (await tsImport('../src/story/validate-story.ts', import.meta.url)) as typeof Validate;
    const result = validateStory(files, folder.endsWith('/') ? folder : `${folder}/`);
    if (!result.ok) throw new Error(`the story has problems:\n${result.problems.map(formatProblem).join('\n')}`);
    return result.story;
  })();
  validated.clear();
  validated.set(key, story);
  return story;
}

/** Renders the story of `folder` into the built index.html. */
export function prerenderStory(folder: string): Plugin {
  return {
    name: 'prerender-story',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to render the story into`);
        const story = await readStory(folder);
        const { prerenderPage } = (await tsImport('../src/prerender.tsx', { parentURL: import.meta.url, tsconfig: 'tsconfig.app.json' })) as typeof Prerender;
        return storyHead(html, story.article).replace(ROOT_ELEMENT, () => `<div id="root">${prerenderPage(story)}</div>`);
      },
    },
  };
}
