/**
 * Where the story shown comes from: the one the build holds, a package embedded in the page (a file
 * saved with "Save as one file"), or a package the reader opened. Light on purpose: the page's entry
 * imports it, and it only looks (the page's element, a key in localStorage); the package code loads
 * only when there is a package.
 */
import type { StoryLoad } from '../story/story-load.ts';
import type { StoryFiles } from './package-format.ts';

/** The story shown and where it came from. */
export type StorySource =
  | { kind: 'built' }
  | { kind: 'embedded'; files: StoryFiles }
  /** `kept`: kept in this browser, so that a reload shows it again. */
  | { kind: 'opened'; name: string; files: StoryFiles; kept: boolean };

/** The story the page shows, where it came from, and what to tell the reader about it, if anything. */
export interface ShownStory {
  load: StoryLoad;
  source: StorySource;
  notice?: string;
  /** Set where it replaced another story in the page: focus goes back to the button that did it. */
  replaced?: true;
}

/** The single file the served build puts beside index.html, for "Save as one file" (scripts/single-file-copy-plugin.ts). */
export const SINGLE_FILE_COPY = 'story-map-single.html';

/** The id of the page's element that holds an embedded package: empty, or absent, in the build. */
export const EMBEDDED_PACKAGE_ID = 'story-package';

/** The text of the package embedded in the page, or `null` where there is none. */
export function embeddedPackageText(doc: Document = document): string | null {
  const text = doc.getElementById(EMBEDDED_PACKAGE_ID)?.textContent?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * The localStorage key that says a story opened on this page is kept (its name and where), one per
 * page: two story maps on one host, or two files on one disk, keep their own.
 */
export function keptStoryKey(location: Pick<Location, 'pathname'> = window.location): string {
  return `story-map.opened-story.v1:${location.pathname.replace(/index\.html$/, '')}`;
}

/** What the key holds: the package's file name, and which storage keeps its text. */
export interface KeptMarker {
  name: string;
  store: 'indexedDB' | 'localStorage';
}

/** The marker of the story kept for this page, if any; never throws (storage may be off). */
export function keptMarker(): KeptMarker | null {
  try {
    const text = window.localStorage.getItem(keptStoryKey());
    const marker = text === null ? null : (JSON.parse(text) as Partial<KeptMarker>);
    return marker && typeof marker.name === 'string' && (marker.store === 'indexedDB' || marker.store === 'localStorage') ? { name: marker.name, store: marker.store } : null;
  } catch {
    return null;
  }
}
