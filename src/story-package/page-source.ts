/**
 * The single file's own HTML, as it was before the app changed anything: "Save as one file" writes it
 * again with another story in it. Opened from disk, the page cannot fetch itself (file://), so the text
 * is taken when this module runs: main.tsx imports it first, before React or Leaflet touch the page.
 * The served build fetches its copy instead (one-file-page.ts): this is null there.
 */

/** The page's HTML at start, in the single-file build; `null` in the served build. */
export const pristinePage: string | null =
  import.meta.env.MODE === 'single' && typeof document !== 'undefined' ? `<!doctype html>\n${document.documentElement.outerHTML}` : null;
