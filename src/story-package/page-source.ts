/**
 * The single file's own HTML, as it was before the app changed anything: "Save as one file" writes it
 * again with another story in it. Opened from disk, the page cannot fetch itself (file://), so the text
 * is taken when this module runs: main.tsx imports it first, before React or Leaflet touch the page.
 * The served build fetches its copy instead (one-file-page.ts): this is null there.
 */

/** The `<html>` element's start tag, its attributes as they are (`lang`). */
function htmlStartTag(html: HTMLElement): string {
  const attributes = [...html.attributes].map(({ name, value }) => ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
  return `<html${attributes.join('')}>`;
}

/** The page as HTML (its elements serialized, the same text as their source for a page no script has changed yet). */
function pageHtml(): string | null {
  const html = document.documentElement;
  // Element.getHTML: every browser since 2024; where it is missing, the file cannot write itself again.
  if (typeof html.getHTML !== 'function') return null;
  return `<!doctype html>\n${htmlStartTag(html)}${html.getHTML()}</html>\n`;
}

/** The page's HTML at start, in the single-file build; `null` in the served build (and in a browser that cannot serialize it). */
export const pristinePage: string | null = import.meta.env.MODE === 'single' && typeof document !== 'undefined' ? pageHtml() : null;
