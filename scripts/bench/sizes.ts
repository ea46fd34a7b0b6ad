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

/** The rows of what only the story editor loads, when New story is opened: its gazetteer, and its code (the drafter, compromise). */
export const EDITOR_ROWS = { gazetteer: 'Story editor: gazetteer (when New story opens)', code: 'Story editor: code, drafter, compromise (when New story opens)' } as const;

/** The row of the basemap's names and rivers (src/labels/label-data.ts), which the issue caps at 30 KB gzipped. */
export const LABELS_ROW = 'Basemap names and rivers (after first paint)';

/** The row of the land grid (src/labels/land-grid.ts), which the basemap names' file also carries. */
export const LAND_ROW = 'Which country lies where, in the same file (after first paint)';

/** The basemap names' file measured as two, each gzipped alone: its names and rivers, and its land grid. */
function labelParts(dist: string, file: string) {
  const { land, ...namesAndRivers } = JSON.parse(readFileSync(join(dist, file), 'utf8')) as { land?: unknown };
  const part = (data: unknown) => {
    const content = Buffer.from(JSON.stringify(data));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  return { namesAndRivers: part(namesAndRivers), land: part(land ?? null) };
}

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
 * `files` and every chunk they import statically, and those chunks' own (`from"./x.js"`, `import"./x.js"`):
 * a chunk loads its static imports before it runs (the map's chunk and the Leaflet it shares with the
 * story editor).
 */
function withStaticImports(dist: string, files: readonly string[]): Set<string> {
  const found = new Set(files);
  const queue = [...files];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const [, name] of readFileSync(join(dist, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
      const chunk = `assets/${name}`;
      if (found.has(chunk)) continue;
      found.add(chunk);
      queue.push(chunk);
    }
  }
  return found;
}

/**
 * Sizes of a build in `dist`. `kinds` sorts the files that are data, not code (by a pattern of their
 * name); `toClickable` lists the chunks (by name) needed before the first feature can be clicked.
 */
export function buildSizes(dist: string, kinds: { story?: RegExp; basemap?: RegExp; labels?: RegExp; toClickable?: RegExp; gazetteer?: RegExp; editor?: RegExp } = {}): SizeRow[] {
  const assets = readdirSync(join(dist, 'assets')).map((name) => measure(dist, `assets/${name}`));
  const firstPaint = scriptsOf(readFileSync(join(dist, 'index.html'), 'utf8'));
  const isData = (file: string) => Boolean(kinds.story?.test(file) || kinds.basemap?.test(file) || kinds.labels?.test(file) || kinds.gazetteer?.test(file));
  const js = assets.filter((a) => a.file.endsWith('.js'));
  const toClickable = withStaticImports(dist, js.filter((a) => firstPaint.has(a.file) || Boolean(kinds.toClickable?.test(a.file))).map((a) => a.file));
  const labelFiles = (kinds.labels ? assets.filter((a) => kinds.labels?.test(a.file)) : []).map((a) => labelParts(dist, a.file));
  const groups: [string, typeof assets][] = [
    ['JavaScript loaded by index.html', js.filter((a) => firstPaint.has(a.file))],
    ['JavaScript to the first clickable feature', js.filter((a) => toClickable.has(a.file))],
    ['JavaScript, all code', js.filter((a) => !isData(a.file))],
    ['CSS files (0: inlined into index.html)', assets.filter((a) => a.file.endsWith('.css'))],
    ['Basemap data (after first paint)', kinds.basemap ? assets.filter((a) => kinds.basemap?.test(a.file)) : []],
    [LABELS_ROW, labelFiles.map((parts) => parts.namesAndRivers)],
    [LAND_ROW, labelFiles.map((parts) => parts.land)],
    ['Story data (after first paint)', kinds.story ? assets.filter((a) => kinds.story?.test(a.file)) : []],
    [EDITOR_ROWS.gazetteer, kinds.gazetteer ? assets.filter((a) => kinds.gazetteer?.test(a.file)) : []],
    [EDITOR_ROWS.code, kinds.editor ? js.filter((a) => kinds.editor?.test(a.file)) : []],
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
    gazetteer: /^assets\/gazetteer-[\w-]+\.js$/,
    editor: /^assets\/(StoryEditor|sentences|draft-story|search-gazetteer)-[\w-]+\.js$/,
  });
}
