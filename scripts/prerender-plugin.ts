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

const ROOT_ELEMENT = '<div id="root"></div>';

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
        return html.replace(ROOT_ELEMENT, `<div id="root">${prerenderPage(story)}</div>`);
      },
    },
  };
}
