/**
 * Vite plugin: in a served build, the app's script is fetched only once the prerendered page has
 * painted. Vite writes `<script type="module" src=…>` in the head, which the browser's preload scanner
 * fetches at once, alongside the page itself: on a slow network, the page's first paint then shares
 * the line with 80 KB of script it does not need (the page is already rendered into index.html).
 * Here a small inline script imports the entry once the browser reports the first contentful paint;
 * where it reports none (a hidden tab paints nothing), after a short while anyway.
 */
import type { Plugin } from 'vite';
import { pagePlugin } from './page-plugin.ts';

/** The longest the app waits for the first paint before it starts anyway, in milliseconds. */
export const START_AT_THE_LATEST_MS = 500;

/** The inline starter of `entry` (a path relative to index.html). */
export function starterScript(entry: string): string {
  return [
    'let started = false;',
    `const start = () => { if (!started) { started = true; import(${JSON.stringify(entry)}); } };`,
    "new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length > 0) start(); }).observe({ type: 'paint', buffered: true });",
    `setTimeout(start, ${START_AT_THE_LATEST_MS});`,
  ].join(' ');
}

export function startAfterFirstPaint(): Plugin {
  return pagePlugin('start-after-first-paint', (html) => {
    const tags = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
    const [tag] = tags;
    if (tags.length !== 1 || !tag?.[1]) throw new Error(`start-after-first-paint: expected one module script in index.html, found ${tags.length}`);
    return html.replace(tag[0], `<script type="module">${starterScript(tag[1])}</script>`);
  });
}
