/**
 * "Save as one file": the app's single-file HTML (dist-single/index.html's kind, which opens from disk
 * with no network) with a story package put into its `#story-package` element. The HTML is the page's
 * own where it is the single file (page-source.ts), else the copy the build puts beside the served app
 * (SINGLE_FILE_COPY), fetched from the page's own origin.
 */
import { SINGLE_FILE_COPY } from './story-source.ts';
import { pristinePage } from './page-source.ts';

/** The app's single-file HTML, or a sentence saying why it cannot be had. */
export async function singleFileHtml(): Promise<{ ok: true; html: string } | { ok: false; problem: string }> {
  if (pristinePage !== null) return { ok: true, html: pristinePage };
  if (import.meta.env.MODE === 'single') return { ok: false, problem: 'this browser cannot copy the page (it lacks Element.getHTML)' };
  try {
    const response = await fetch(`./${SINGLE_FILE_COPY}`);
    if (response.ok) return { ok: true, html: await response.text() };
    return { ok: false, problem: `this copy of the map has no ${SINGLE_FILE_COPY} beside it (the site answered ${response.status})` };
  } catch {
    return { ok: false, problem: `${SINGLE_FILE_COPY} could not be fetched from this map's site: it needs the connection to the site once` };
  }
}

/** A package as the text of a JSON script element: nothing in it can close the element, as `<` is written `\u003c`. */
export function scriptSafeJson(packageText: string): string {
  return packageText.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text made safe for an HTML element or a quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/*
 * The page's parts, found by patterns that cannot find themselves: the single file holds this code in
 * its own inline script, so each pattern writes one letter of its tag as a class (`<titl[e]>`); and
 * none holds a script's opening as such, which would change how the page parses that script.
 */
/** The package's element, whatever it holds (a package's text holds no `<`: scriptSafeJson). */
const PACKAGE_ELEMENT = /(<scrip[t] type="application\/json" id="story-packag[e]">)[^<]*(<\/script>)/;
/** The root's prerendered page: all up to the `</div>` that closes the page's body. */
const PRERENDERED_ROOT = /(<div id="roo[t]">)[\s\S]*?(<\/div>\s*<\/body>)/;
const TITLE = /<titl[e]>[^<]*<\/title>/;
const DESCRIPTION = /(<met[a] name="description" content=")[^"]*("\s*\/?>)/;

/**
 * `html` (the single file) holding the package `packageText`, titled with `headline`, and with the
 * built story's prerendered page taken out, so that no other story shows before the app draws this
 * one. Text edits, not a parse: the inline script and styles stay byte for byte (the CSP names them
 * by hash), and parsing them here would have this page's CSP report them. Undefined where the page
 * has no place for a package.
 */
export function withPackage(html: string, packageText: string, headline: string): string | undefined {
  if (!PACKAGE_ELEMENT.test(html) || !PRERENDERED_ROOT.test(html) || !TITLE.test(html)) return undefined;
  const description = `An interactive story map of “${headline}”: every place in the article on a map that works offline.`;
  return html
    .replace(PRERENDERED_ROOT, (_all, open: string, rest: string) => `${open}${rest}`)
    .replace(PACKAGE_ELEMENT, (_all, open: string, close: string) => `${open}${scriptSafeJson(packageText)}${close}`)
    .replace(TITLE, (title) => title.replace(/>[^<]*</, () => `>${escapeHtml(`Story map: ${headline}`)}<`))
    .replace(DESCRIPTION, (_all, open: string, close: string) => `${open}${escapeHtml(description)}${close}`);
}
