/**
 * `npm run bench [-- --json] [-- --no-build] [-- --runs N] [-- --lighthouse-runs N]`: builds the app, a baseline (a bare React +
 * react-leaflet page, scripts/bench/baseline/) and a scale story (5,000 generated places and 500 flows),
 * serves each on localhost and measures them in headless Chromium:
 * sizes; Lighthouse with its mobile and desktop presets; navigation to the first clickable feature;
 * click and Enter to the passage for every feature; tour key to passage, and to the other window of
 * the presenter view (scripts/bench/window-link.ts); the scale story's load and
 * pan frames. Every figure of the app is also shown against the baseline's, measured in the same run.
 * A benchmark, not a test: it prints figures and the targets beside them, and fails on none.
 */
import { execSync } from 'node:child_process';
import { preview, type PreviewServer } from 'vite';
import { LAYER_IDS } from '../../src/story/kinds.ts';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { runLighthouseMedian, type LighthouseFigures } from './lighthouse.ts';
import { labelPlacement } from './label-timings.ts';
import { freshPage, inputToPassage, waitUntil, panFrames, spreadOf, timeToFirst, tourKeyToPassage, type PassageProbe, type Spread } from './page-timings.ts';
import { writeScaleStory } from './scale-story.ts';
import { buildSizes, LABELS_ROW, type SizeRow } from './sizes.ts';
import { windowLinkDelays, windowLinkRows, type WindowLinkDelays } from './window-link.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const lighthouseRuns = Number(args[args.indexOf('--lighthouse-runs') + 1]) || 3;
const SCALE = { places: 5000, flows: 500 };
const OUT = 'bench-results';
const DIST = { app: 'dist', baseline: `${OUT}/baseline-dist`, scale: `${OUT}/scale-dist` };

function log(message: string) {
  if (!json) console.error(message);
}

function run(command: string, env: Record<string, string> = {}) {
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

if (!args.includes('--no-build')) {
  log('Building the app, the baseline and the scale story…');
  run('npm run build');
  run('npx vite build --config scripts/bench/baseline/vite.config.ts');
  writeScaleStory('geo', `${OUT}/scale-story`, SCALE);
  run(`npx vite build --outDir ${DIST.scale} --emptyOutDir --logLevel warn`, { STORY_DIR: `${OUT}/scale-story` });
}

function lighthouseOf(url: string, preset: 'mobile' | 'desktop') {
  return runLighthouseMedian(url, preset, lighthouseRuns);
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({ build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`no port for ${outDir}`);
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

const sizes = {
  app: buildSizes(DIST.app, {
    story: new RegExp(`^assets/(article|tour|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`),
    basemap: /^assets\/countries-50m-[\w-]+\.(js|txt)$/,
    labels: /^assets\/basemap-labels-[\w-]+\.json$/,
    toClickable: new RegExp(`^assets/(StoryMap|validate-story|article|tour|${LAYER_IDS.join('|')})-[\\w-]+\\.js$`),
  }),
  baseline: buildSizes(DIST.baseline),
};

const servers = { app: await serve(DIST.app), baseline: await serve(DIST.baseline), scale: await serve(DIST.scale) };
const browser = await launchChromium();

try {
  log(`Lighthouse, mobile and desktop, app and baseline, the median of ${lighthouseRuns} runs each…`);
  const lighthouse: Record<'app' | 'baseline', Record<'mobile' | 'desktop', LighthouseFigures & { runs: number }>> = {
    app: { mobile: await lighthouseOf(servers.app.url, 'mobile'), desktop: await lighthouseOf(servers.app.url, 'desktop') },
    baseline: { mobile: await lighthouseOf(servers.baseline.url, 'mobile'), desktop: await lighthouseOf(servers.baseline.url, 'desktop') },
  };

  log('Navigation to the first clickable feature…');
  const firstClickable = {
    app: await timeToFirst(browser, servers.app.url, '[data-feature-id]', runs),
    baseline: await timeToFirst(browser, servers.baseline.url, '.leaflet-marker-icon', runs),
  };

  log('Click and Enter to the passage, every feature…');
  const appPage = await freshPage(browser);
  await appPage.goto(servers.app.url);
  await appPage.locator('[data-feature-id]').first().waitFor();
  const ids = (await appPage.evaluate(`[...new Set([...document.querySelectorAll('[data-feature-id]')].map((e) => e.dataset.featureId))]`)) as string[];
  const appTimes = { click: [] as number[], enter: [] as number[] };
  for (const id of ids) {
    const name = await appPage.locator(`[data-feature-id="${id}"]`).first().getAttribute('aria-label');
    const probe: PassageProbe = {
      feature: `[data-feature-id="${id}"]`,
      shown: `document.querySelector('#passage-title')?.textContent === ${JSON.stringify(name)}`,
      close: `document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))`,
    };
    appTimes.click.push(await inputToPassage(appPage, probe, 'click'));
    appTimes.enter.push(await inputToPassage(appPage, probe, 'enter'));
  }
  await appPage.context().close();
  const basePage = await freshPage(browser);
  await basePage.goto(servers.baseline.url);
  await basePage.locator('.leaflet-marker-icon').waitFor();
  const baseTimes = { click: [] as number[], enter: [] as number[] };
  const baseProbe: PassageProbe = {
    feature: '.leaflet-marker-icon',
    shown: `document.querySelector('.baseline-passage') !== null`,
    close: `document.querySelector('.leaflet-popup-close-button')?.click()`,
  };
  for (let i = 0; i < ids.length; i += 1) {
    baseTimes.click.push(await inputToPassage(basePage, baseProbe, 'click'));
    baseTimes.enter.push(await inputToPassage(basePage, baseProbe, 'enter'));
  }
  await basePage.context().close();
  const toPassage = {
    app: { click: spreadOf(appTimes.click), enter: spreadOf(appTimes.enter) },
    baseline: { click: spreadOf(baseTimes.click), enter: spreadOf(baseTimes.enter) },
  };

  log('Label placement per view…');
  const labels = await labelPlacement(browser, servers.app.url);

  log('Tour keys, in one window and from one window to the other…');
  const tour = await tourKeyToPassage(browser, servers.app.url);
  const windowLink = await windowLinkDelays(browser, servers.app.url);

  log(`Scale run: ${SCALE.places} places and ${SCALE.flows} flows…`);
  const scalePage = await freshPage(browser);
  await scalePage.goto(servers.scale.url);
  const expected = Number(await scalePage.evaluate(`document.querySelectorAll('.print-handout li').length`));
  await waitUntil(scalePage, `document.querySelectorAll('[data-feature-id]').length >= ${expected}`, 180_000);
  const scaleLoadMs = Number(await scalePage.evaluate('performance.now()'));
  await scalePage.waitForTimeout(1000);
  const scalePan = await panFrames(scalePage, '.story-map');
  await scalePage.context().close();
  const scale = { features: expected, loadMs: scaleLoadMs, pan: scalePan };

  const report = { sizes, lighthouse, firstClickable, toPassage, labels, tour, windowLink, scale };
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) await server.close();
}

interface Report {
  sizes: Record<'app' | 'baseline', SizeRow[]>;
  lighthouse: Record<'app' | 'baseline', Record<'mobile' | 'desktop', LighthouseFigures & { runs: number }>>;
  firstClickable: Record<'app' | 'baseline', Spread>;
  toPassage: Record<'app' | 'baseline', Record<'click' | 'enter', Spread>>;
  labels: Spread & { values: number[] };
  tour: Spread;
  windowLink: WindowLinkDelays;
  scale: { features: number; loadMs: number; pan: Spread & { p95Ms: number } };
}

/** The table: each figure of the app, the baseline's, their ratio, and the target if any. */
function printReport(report: Report) {
  const rows: [string, number, number | null, string, ((v: number) => boolean) | null][] = [];
  const kb = (n: number) => n / 1024;
  for (const row of report.sizes.app) {
    const base = report.sizes.baseline.find((b) => b.what === row.what);
    if (row.files === 0 && base?.files === 0) continue;
    const target = row.what === 'JavaScript loaded by index.html' ? 125 : row.what === LABELS_ROW ? 30 : null;
    rows.push([`${row.what}, KB gzipped`, kb(row.gzip), base && base.files > 0 ? kb(base.gzip) : null, target ? `≤ ${target}` : '', target ? (v) => v <= target : null]);
  }
  for (const preset of ['mobile', 'desktop'] as const) {
    const [app, base] = [report.lighthouse.app[preset], report.lighthouse.baseline[preset]];
    const mobile = preset === 'mobile';
    for (const key of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
      rows.push([`Lighthouse ${preset}: ${key} (median of ${app.runs})`, app[key], base[key], mobile ? '100' : '', mobile ? (v) => v === 100 : null]);
    }
    rows.push([`Lighthouse ${preset}: FCP, ms`, app.fcpMs, base.fcpMs, '', null]);
    rows.push([`Lighthouse ${preset}: LCP, ms`, app.lcpMs, base.lcpMs, mobile ? '≤ 1200' : '', mobile ? (v) => v <= 1200 : null]);
    rows.push([`Lighthouse ${preset}: TBT, ms`, app.tbtMs, base.tbtMs, mobile ? '≤ 50' : '', mobile ? (v) => v <= 50 : null]);
    rows.push([`Lighthouse ${preset}: CLS`, app.cls, base.cls, mobile ? '0' : '', mobile ? (v) => v === 0 : null]);
    rows.push([`Lighthouse ${preset}: Speed Index, ms`, app.speedIndexMs, base.speedIndexMs, '', null]);
  }
  const fc = report.firstClickable;
  rows.push([`Navigation to first clickable feature, median ms (${fc.app.count} loads)`, fc.app.medianMs, fc.baseline.medianMs, '', null]);
  for (const via of ['click', 'enter'] as const) {
    const [app, base] = [report.toPassage.app[via], report.toPassage.baseline[via]];
    rows.push([`${via === 'click' ? 'Click' : 'Enter'} to passage, median ms (${app.count} features)`, app.medianMs, base.medianMs, '< 50', (v) => v < 50]);
    rows.push([`${via === 'click' ? 'Click' : 'Enter'} to passage, worst ms`, app.worstMs, base.worstMs, '< 50', (v) => v < 50]);
  }
  rows.push([`Label placement per view at 1280x800, median ms (${report.labels.count} views)`, report.labels.medianMs, null, '< 8', (v) => v < 8]);
  rows.push(['Label placement per view, worst ms', report.labels.worstMs, null, '< 8', (v) => v < 8]);
  rows.push([`Tour key to passage, median ms (${report.tour.count} presses)`, report.tour.medianMs, null, '', null]);
  rows.push(['Tour key to passage, worst ms', report.tour.worstMs, null, '', null], ...windowLinkRows(report.windowLink));
  rows.push([`Scale (${report.scale.features} features): load to all on the map, ms`, report.scale.loadMs, null, '', null]);
  rows.push([`Scale: pan frame, median ms (${report.scale.pan.count} frames)`, report.scale.pan.medianMs, null, '< 20', (v) => v < 20]);
  rows.push(['Scale: pan frame, 95th percentile ms', report.scale.pan.p95Ms, null, '', null]);
  rows.push(['Scale: pan frame, worst ms', report.scale.pan.worstMs, null, '', null]);

  const number = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
  const width = Math.max(...rows.map(([what]) => what.length)) + 2;
  console.log(`${'figure'.padEnd(width)}${'app'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(8)}  ${'target'.padEnd(8)} met`);
  for (const [what, app, base, target, met] of rows) {
    // Against a near-zero baseline a ratio says nothing: shown only where the baseline is at least 1.
    const ratio = base !== null && base >= 1 ? `${(app / base).toFixed(2)}×` : '';
    const verdict = met ? (met(app) ? 'yes' : 'NO') : '';
    console.log(`${what.padEnd(width)}${number(app).padStart(10)}${(base === null ? '' : number(base)).padStart(10)}${ratio.padStart(8)}  ${target.padEnd(8)} ${verdict}`);
  }
  console.log(`\nLabel placement, every view, ms: ${report.labels.values.join(', ')}`);
  for (const preset of ['mobile', 'desktop'] as const) {
    const failing = report.lighthouse.app[preset].failing;
    if (failing.length > 0) console.log(`\nLighthouse ${preset}, audits of the app below 90: ${failing.join('; ')}`);
  }
}
