/** The benchmark's sizes: gzipped bytes of what a reader downloads, by what it is for. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LAYER_IDS } from '../../src/story/kinds.ts';

/** One group of files: how many, raw and gzipped bytes. */
export interface SizeRow {
  what: string;
  files: number;
  bytes: number;
  gzip: number;
}

/** The row of the basemap's names and rivers (src/labels/label-data.ts), which the issue caps at 30 KB gzipped. */
export const LABELS_ROW = 'Basemap names and rivers (after first paint)';

function measure(dist: string, file: string) {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

/**
 * The JavaScript files that `html` loads itself, as `assets/…` paths: by script or modulepreload, or
 * imported by an inline script (the served build's starter imports the app after first paint).
 */
function scriptsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/(?:src="|href="|import\(")\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? ''));
}

/**
 * Sizes of a build in `dist`. `kinds` sorts the files that are data, not code (by a pattern of their
 * name); `toClickable` lists the chunks (by name) needed before the first feature can be clicked.
 */
export function buildSizes(dist: string, kinds: { story?: RegExp; basemap?: RegExp; labels?: RegExp; toClickable?: RegExp } = {}): SizeRow[] {
  const assets = readdirSync(join(dist, 'assets')).map((name) => measure(dist, `assets/${name}`));
  const firstPaint = scriptsOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  const isData = (file: string) => Boolean(kinds.story?.test(file) || kinds.basemap?.test(file) || kinds.labels?.test(file));
  const js = assets.filter((a) => a.file.endsWith('.js'));
  const groups: [string, typeof assets][] = [
    ['JavaScript loaded by index.html', js.filter((a) => firstPaint.has(a.file))],
    ['JavaScript to the first clickable feature', js.filter((a) => firstPaint.has(a.file) || Boolean(kinds.toClickable?.test(a.file)))],
    ['JavaScript, all code', js.filter((a) => !isData(a.file))],
    ['CSS files (0: inlined into index.html)', assets.filter((a) => a.file.endsWith('.css'))],
    ['Basemap data (after first paint)', kinds.basemap ? assets.filter((a) => kinds.basemap?.test(a.file)) : []],
    [LABELS_ROW, kinds.labels ? assets.filter((a) => kinds.labels?.test(a.file)) : []],
    ['Story data (after first paint)', kinds.story ? assets.filter((a) => kinds.story?.test(a.file)) : []],
    ['index.html', [measure(dist, 'index.html')]],
  ];
  return groups.map(([what, list]) => ({
    what,
    files: list.length,
    bytes: list.reduce((sum, a) => sum + a.bytes, 0),
    gzip: list.reduce((sum, a) => sum + a.gzip, 0),
  }));
}

/** The app's sizes, its data files sorted out by the names of their chunks. */
export function appSizes(dist: string): SizeRow[] {
  return buildSizes(dist, {
    story: new RegExp(`^assets/(article|tour|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`),
    basemap: /^assets\/countries-50m-[\w-]+\.(js|txt)$/,
    labels: /^assets\/basemap-labels-[\w-]+\.json$/,
    toClickable: new RegExp(`^assets/(StoryMap|validate-story|article|tour|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`),
  });
}
