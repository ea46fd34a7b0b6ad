/**
 * "Preview in the map": the page opened at `?preview=draft` shows the story draft kept in this browser
 * instead of the built story, checked by the same validator. This module is small and loaded with the
 * page; what it needs to read and check the draft is loaded only on a preview.
 */
import type { StoryLoad } from '../story/story-load.ts';

/** The query that asks for the draft: `index.html?preview=draft`. */
export const PREVIEW_PARAMETER = { name: 'preview', value: 'draft' } as const;

/** The folder problems name for the draft's files. */
export const DRAFT_FOLDER = 'draft/';

/** Whether the page's query (`location.search`) asks for the draft. */
export function isDraftPreview(search: string): boolean {
  return new URLSearchParams(search).get(PREVIEW_PARAMETER.name) === PREVIEW_PARAMETER.value;
}

/** The address of the preview of the page at `href`: its own path, the query that asks for the draft, no route. */
export function previewAddress(href: string): string {
  const url = new URL(href);
  url.search = `?${PREVIEW_PARAMETER.name}=${PREVIEW_PARAMETER.value}`;
  url.hash = '';
  return url.href;
}

/** The draft kept in this browser as the app's story, or every problem that keeps it from being one. */
export async function loadDraftPreview(): Promise<StoryLoad> {
  const [{ currentDraftFiles }, { validateStoryInSlices, formatProblem }] = await Promise.all([import('./current-draft.ts'), import('../story/validate-story.ts')]);
  const files = currentDraftFiles();
  if (!files) return { status: 'invalid', problems: [`${DRAFT_FOLDER}: this browser keeps no story draft with an article; make one with New story`] };
  const result = await validateStoryInSlices(files, DRAFT_FOLDER);
  return result.ok ? { status: 'ready', story: result.story } : { status: 'invalid', problems: result.problems.map(formatProblem) };
}
