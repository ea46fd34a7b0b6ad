/**
 * `npm run bench [-- --json] [-- --no-build]`: builds the app and reports the gzipped size of what a
 * reader downloads: the JavaScript needed for first paint, all JavaScript, CSS, the basemap and the
 * story data. A benchmark, not a test: it prints figures; the targets live in the issues.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LAYER_IDS } from '../src/story/schema.ts';

const args = new Set(process.argv.slice(2));
const DIST = 'dist';

if (!args.has('--no-build')) execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });

interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

function measure(file: string): Asset {
  const content = readFileSync(join(DIST, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const assets = readdirSync(join(DIST, 'assets')).map((name) => measure(`assets/${name}`));
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const firstPaint = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
const storyChunk = new RegExp(`^assets/(article|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`);
const basemapChunk = /^assets\/countries-50m-[\w-]+\.js$/;

const groups: Record<string, Asset[]> = {
  'JavaScript for first paint': assets.filter((a) => firstPaint.has(a.file)),
  'JavaScript, all code': assets.filter((a) => a.file.endsWith('.js') && !storyChunk.test(a.file) && !basemapChunk.test(a.file)),
  CSS: assets.filter((a) => a.file.endsWith('.css')),
  'Basemap data (after first paint)': assets.filter((a) => basemapChunk.test(a.file)),
  'Story data (after first paint)': assets.filter((a) => storyChunk.test(a.file)),
  'index.html': [measure('index.html')],
};

const rows = Object.entries(groups).map(([what, list]) => ({
  what,
  files: list.length,
  bytes: list.reduce((sum, a) => sum + a.bytes, 0),
  gzip: list.reduce((sum, a) => sum + a.gzip, 0),
}));

if (args.has('--json')) {
  console.log(JSON.stringify({ sizes: rows, assets }, null, 2));
} else {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${'what'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(12)}${'gzipped'.padStart(12)}`);
  for (const row of rows) console.log(`${row.what.padEnd(36)}${String(row.files).padStart(6)}${kb(row.bytes).padStart(12)}${kb(row.gzip).padStart(12)}`);
}
