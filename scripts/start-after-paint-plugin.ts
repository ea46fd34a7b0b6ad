/**
 * Vite plugin: in a served build, the app's script is fetched only once the prerendered page has
 * painted. Vite writes `<script type="module" src=…>` in the head, which the browser's preload scanner
 * fetches at once, alongside the page itself: on a slow network, the page's first paint then shares
 * the line with 80 KB of script it does not need (the page is already rendered into index.html).
 * Here a small inline script imports the entry once the browser reports the first contentful paint;
 * where it reports none (a hidden tab paints nothing), after a short while anyway.
 *
 * At the same moment it asks for the chunks the first view needs (the story's data, its validator,
 * the map), which the entry would otherwise request only once it has been fetched and run: one
 * round trip less before the first place can be clicked.
 */
import type { Plugin, Rolldown } from 'vite';
import { pagePlugin } from './page-plugin.ts';

/** The longest the app waits for the first paint before it starts anyway, in milliseconds. */
export const START_AT_THE_LATEST_MS = 500;

/** The inline starter of `entry` (a path relative to index.html), which also preloads `chunks`. */
export function starterScript(entry: string, chunks: readonly string[] = []): string {
  const preload = chunks.length === 0 ? '' : ` for (const href of ${JSON.stringify(chunks)}) { const link = document.createElement('link'); link.rel = 'modulepreload'; link.href = href; document.head.append(link); }`;
  return [
    'let started = false;',
    `const start = () => { if (started) return; started = true; import(${JSON.stringify(entry)});${preload} };`,
    "new PerformanceObserver((list) => { if (list.getEntriesByName('first-contentful-paint').length > 0) start(); }).observe({ type: 'paint', buffered: true });",
    `setTimeout(start, ${START_AT_THE_LATEST_MS});`,
  ].join(' ');
}

/**
 * The chunks the entry imports dynamically that hold a module `firstView` picks, with every chunk they
 * import, as paths relative to index.html; not the entry's own imports (the entry brings them).
 */
export function firstViewChunks(bundle: Rolldown.OutputBundle, firstView: (moduleId: string) => boolean): string[] {
  const chunks = new Map(Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [[output.fileName, output] as const] : [])));
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) return [];
  const brought = new Set([entry.fileName, ...entry.imports]);
  const wanted = new Set<string>();
  const add = (fileName: string) => {
    if (brought.has(fileName) || wanted.has(fileName)) return;
    wanted.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
  };
  for (const fileName of entry.dynamicImports) {
    if (chunks.get(fileName)?.moduleIds.some(firstView)) add(fileName);
  }
  return [...wanted].sort().map((fileName) => `./${fileName}`);
}

export function startAfterFirstPaint(firstView: (moduleId: string) => boolean = () => false): Plugin {
  return pagePlugin('start-after-first-paint', (html, bundle) => {
    const tags = [...html.matchAll(/<script type="module" crossorigin src="([^"]+)"><\/script>/g)];
    const [tag] = tags;
    if (tags.length !== 1 || !tag?.[1]) throw new Error(`start-after-first-paint: expected one module script in index.html, found ${tags.length}`);
    return html.replace(tag[0], `<script type="module">${starterScript(tag[1], firstViewChunks(bundle, firstView))}</script>`);
  });
}
