/**
 * Vite plugin for `npm run build:single`: puts the whole build into index.html, the script, the styles,
 * the icon and the no-script styles, so that one file works opened straight from disk (`file://`) with
 * no network: a teacher's USB stick, or a school's learning platform.
 */
import { readFileSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';
import { pagePlugin } from './page-plugin.ts';

type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

/** Makes text safe inside an inline <script> or <style>: nothing in it can close the element early. */
export function escapeForInlineElement(code: string, element: 'script' | 'style'): string {
  const closing = new RegExp(`</(${element})`, 'gi');
  return code.replace(closing, '<\\/$1');
}

/**
 * Vite marks each dynamic import with the list of files to preload, and fills the lists in when it
 * writes chunks; with every import inlined (`codeSplitting: false`) the markers stay, undefined at run
 * time (vitejs/vite#18551 and its kin). With nothing to preload, the list is empty: `void 0`.
 */
function withoutPreloadMarkers(code: string): string {
  return code.replaceAll('__VITE_PRELOAD__', 'void 0');
}

/** Replaces `pattern` in `html` exactly once, or fails the build naming what was missing. */
function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = html.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) throw new Error(`single-file build: expected one ${what} in index.html, found ${matches.length}`);
  // A function, so that `$` in the code is not read as a replacement pattern.
  return html.replace(pattern, () => replacement);
}

/** Puts each built stylesheet into the page as a <style>, and drops the file. */
function inlineStylesheets(html: string, bundle: Rolldown.OutputBundle): string {
  let page = html;
  const styles = Object.values(bundle).filter((file): file is OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'));
  for (const style of styles) {
    page = replaceOnce(
      page,
      new RegExp(`<link rel="stylesheet" crossorigin href="\\./${style.fileName.replace(/[.]/g, '\\.')}">`),
      `<style>${escapeForInlineElement(String(style.source), 'style')}</style>`,
      `stylesheet ${style.fileName}`,
    );
    delete bundle[style.fileName];
  }
  return page;
}

/**
 * The served build: its stylesheet goes into index.html, so that the first paint waits for no other
 * request (on a phone's network, one round trip less before anything shows).
 */
export function inlineStyles(): Plugin {
  return pagePlugin('inline-styles', inlineStylesheets);
}

export function singleFile(publicDir: string): Plugin {
  return pagePlugin('single-file', (built, bundle) => {
    let html = built;
    const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
    if (chunks.length !== 1 || !chunks[0]) throw new Error(`single-file build: expected one script, found ${chunks.length}: ${chunks.map((c) => c.fileName).join(', ')}`);
    const [script] = chunks;
    html = html.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
    html = replaceOnce(
      html,
      /<script type="module" crossorigin src="[^"]+"><\/script>/,
      `<script type="module">${escapeForInlineElement(withoutPreloadMarkers(script.code), 'script')}</script>`,
      'module script',
    );
    html = inlineStylesheets(html, bundle);
    const icon = readFileSync(`${publicDir}/favicon.svg`);
    html = replaceOnce(html, /href="\.\/favicon\.svg"/, `href="data:image/svg+xml;base64,${icon.toString('base64')}"`, 'icon link');
    const noScript = readFileSync(`${publicDir}/no-script.css`, 'utf8');
    html = replaceOnce(html, /<link rel="stylesheet" href="\.\/no-script\.css" \/>/, `<style>${escapeForInlineElement(noScript, 'style')}</style>`, 'no-script stylesheet');
    delete bundle[script.fileName];
    return html;
  });
}
