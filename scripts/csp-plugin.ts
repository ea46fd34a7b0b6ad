/**
 * Vite plugin: the built index.html carries a Content Security Policy in a <meta> element, written
 * last, with the hashes of whatever the build inlined (the stylesheet; in the single file, the script
 * and the no-script styles too). Nothing else inline may run or style the page: no `unsafe-inline`,
 * no `unsafe-eval`. The app sets styles only through the CSSOM, which the policy does not restrict.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { pagePlugin } from './page-plugin.ts';

/** The one other host the app may reach: OpenStreetMap's tiles, and only when the reader turns them on. */
export const TILE_ORIGIN = 'https://tile.openstreetmap.org';

/** The `'sha256-…'` sources of each inline <script> or <style> in `html`, in order. */
function inlineHashes(html: string, element: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${element}(\\s[^>]*)?>([\\s\\S]*?)</${element}>`, 'gi');
  return [...html.matchAll(pattern)]
    .filter(([, attributes = '']) => !/\ssrc=/.test(` ${attributes}`))
    .map(([, , body = '']) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/** The policy of a built page: its own files, the tile host for images, and the inline parts it holds. */
export function policyFor(html: string): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...inlineHashes(html, 'script')],
    'style-src': ["'self'", ...inlineHashes(html, 'style')],
    // data: for the map symbols, drawn as SVG images by src/ui/symbols.ts.
    'img-src': ["'self'", 'data:', TILE_ORIGIN],
    'connect-src': ["'self'"],
    'worker-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ');
}

/** Writes the policy into the built index.html, right after its charset, before anything it governs. */
export function contentSecurityPolicy(): Plugin {
  return pagePlugin('content-security-policy', (html) => {
    const charset = /<meta charset="UTF-8"\s*\/?>/i;
    if (!charset.test(html)) throw new Error('content-security-policy: index.html has no <meta charset="UTF-8">');
    const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
    return html.replace(charset, (found) => `${found}\n    ${meta}`);
  });
}
