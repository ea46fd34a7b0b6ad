/**
 * `npm run bench [-- --json] [-- --no-build]`: builds the app and reports the gzipped size of what a
 * reader downloads (the JavaScript needed for first paint, all JavaScript, CSS, the basemap and the
 * story data), then serves the build and measures in headless Chromium the time from a key press to
 * the frame that paints the next tour stop's passage, over all stops, each press 0.4 s after the last
 * (mid-flight). A benchmark, not a test: it prints figures; the targets live in the issues.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'vite';
import { LAYER_IDS } from '../src/story/kinds.ts';
import { launchChromium } from '../tests/browser/chromium.ts';

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
const storyChunk = new RegExp(`^assets/(article|tour|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`);
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

/** Milliseconds from a PageDown to the next stop's "N / M" painted, for every stop of the tour. */
async function tourKeyToPassage(): Promise<number[]> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`http://127.0.0.1:${port}/#/tour/1`);
    await page.locator('.tour-count').waitFor();
    const stops = await page.evaluate(() => Number(/\/\s*(\d+)/.exec(document.querySelector('.tour-count')?.textContent ?? '')?.[1] ?? 0));
    const times: number[] = [];
    for (let next = 2; next <= stops; next += 1) {
      // A string, not a function: tsx would wrap named functions in a helper the page does not have.
      times.push(
        await page.evaluate(`(async () => {
          const start = performance.now();
          const shown = () => document.querySelector('.tour-count')?.textContent?.includes('${next} /');
          const painted = new Promise((done) => {
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              // The frame after the passage enters the page is the one that paints it.
              requestAnimationFrame(() => done(performance.now() - start));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
          const ms = await painted;
          // The next press comes mid-flight: flights last 1.2 s.
          await new Promise((settled) => setTimeout(settled, 400));
          return ms;
        })()`),
      );
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

const keyTimes = await tourKeyToPassage();
const sorted = [...keyTimes].sort((a, b) => a - b);
const tour = {
  stops: keyTimes.length,
  medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
  worstMs: sorted[sorted.length - 1] ?? 0,
};

if (args.has('--json')) {
  console.log(JSON.stringify({ sizes: rows, assets, tourKeyToPassage: tour }, null, 2));
} else {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${'what'.padEnd(36)}${'files'.padStart(6)}${'raw'.padStart(12)}${'gzipped'.padStart(12)}`);
  for (const row of rows) console.log(`${row.what.padEnd(36)}${String(row.files).padStart(6)}${kb(row.bytes).padStart(12)}${kb(row.gzip).padStart(12)}`);
  console.log(`\nTour, key press to the next passage painted (${tour.stops} presses, mid-flight): median ${tour.medianMs.toFixed(1)} ms, worst ${tour.worstMs.toFixed(1)} ms`);
}
