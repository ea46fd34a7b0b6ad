/**
 * `npm run bench [-- --json] [-- --no-build] [-- --runs N] [-- --lighthouse-runs N] [-- --scale N] [-- --huge N | --no-huge]`:
 * builds the app, baseline (a) (the story's places and flows on a bare React + react-leaflet page,
 * scripts/bench/baseline/) and, for a scale run (5,000 generated places and 500 flows) and a huge run
 * (50,000 and 5,000), the app and baseline (b) (plain Leaflet on a canvas, scripts/bench/baseline-canvas/)
 * on the same generated story. Serves each on localhost and measures them in headless Chromium: sizes;
 * Lighthouse (mobile 5 runs, desktop 3); navigation to the first clickable feature; click and Enter to
 * the passage for every feature; label placement; tour key to passage, and to the other window of the
 * presenter view; at scale, navigation to all drawn, pan frames and a click to a passage.
 * Every figure is printed beside its baseline's from the same run, with every run's value and the
 * machine. A benchmark, not a test: it prints figures and the targets beside them, and fails on none.
 */
import { existsSync } from 'node:fs';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { buildAll, DIST, scaleDists } from './builds.ts';
import { labelPlacement } from './label-timings.ts';
import { runLighthouseMedian } from './lighthouse.ts';
import { describeMachine } from './machine.ts';
import { parseOptions } from './options.ts';
import { timeToFirst } from './page-timings.ts';
import { printReport } from './report.ts';
import type { Report, ScaleReport } from './report-types.ts';
import { scaleRun } from './scale-run.ts';
import { featureCount, type ScaleOptions } from './scale-story.ts';
import { serve } from './serve.ts';
import { appSizes, buildSizes } from './sizes.ts';
import { appToPassage, baselineToPassage } from './to-passage.ts';
import { tourKeyToPassage } from './tour-timings.ts';
import { windowLinkDelays } from './window-link.ts';
import { findPlaces } from './editor-timings.ts';

const options = parseOptions(process.argv.slice(2));

function log(message: string) {
  if (!options.json) console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

if (options.build) {
  log('Building the app, baseline (a), and the scale stories with the app and baseline (b) on each…');
  await buildAll(options);
}
const huge = options.huge && existsSync(scaleDists('huge').app) ? options.huge : null;
const servers = {
  app: await serve(DIST.app),
  baseline: await serve(DIST.baseline),
  scaleApp: await serve(scaleDists('scale').app),
  scaleBaseline: await serve(scaleDists('scale').baseline),
  ...(huge && { hugeApp: await serve(scaleDists('huge').app), hugeBaseline: await serve(scaleDists('huge').baseline) }),
};
const browser = await launchChromium();

/** The app and baseline (b) on one generated story; the huge run gets longer limits. */
async function scaleReport(name: 'scale' | 'huge', size: ScaleOptions, urls: [string, string]): Promise<ScaleReport> {
  log(`Scale run: ${size.places} places and ${size.flows} flows, app and baseline (b)…`);
  const limits = name === 'huge' ? { drawnMs: 300_000, panMs: 60_000 } : { drawnMs: 120_000, panMs: 60_000 };
  const features = featureCount(scaleDists(name).story);
  return { size, features, app: await scaleRun(browser, urls[0], 'app', limits), baseline: await scaleRun(browser, urls[1], 'canvas', limits) };
}

try {
  const machine = describeMachine(browser);
  log(`${machine.cpu}, ${machine.cores} cores; Chromium ${machine.chromium}`);
  const lighthouseOf = (url: string) => async () => ({
    mobile: await runLighthouseMedian(url, 'mobile', options.mobileRuns),
    desktop: await runLighthouseMedian(url, 'desktop', options.desktopRuns),
  });
  log(`Lighthouse, app and baseline (a): mobile ${options.mobileRuns} runs each, desktop ${options.desktopRuns}…`);
  const lighthouse = { app: await lighthouseOf(servers.app.url)(), baseline: await lighthouseOf(servers.baseline.url)() };

  log(`Navigation to the first clickable feature, ${options.runs} loads each…`);
  const firstClickable = {
    app: await timeToFirst(browser, servers.app.url, '[data-feature-id]', options.runs),
    baseline: await timeToFirst(browser, servers.baseline.url, '.baseline-feature', options.runs),
  };

  log('Click and Enter to the passage, every feature, app and baseline (a)…');
  const toPassage = { app: await appToPassage(browser, servers.app.url), baseline: await baselineToPassage(browser, servers.baseline.url) };

  log('Label placement per view; tour keys, in one window and from one window to the other…');
  const labels = await labelPlacement(browser, servers.app.url);
  const tour = await tourKeyToPassage(browser, servers.app.url);
  const windowLink = await windowLinkDelays(browser, servers.app.url);
  log('The story editor: Find places on this article, 3 fresh pages…');
  const places = await findPlaces(browser, servers.app.url, 3);

  const scale = await scaleReport('scale', options.scale, [servers.scaleApp.url, servers.scaleBaseline.url]);
  const hugeReport = huge && servers.hugeApp && servers.hugeBaseline ? await scaleReport('huge', huge, [servers.hugeApp.url, servers.hugeBaseline.url]) : null;

  const sizes = { app: appSizes(DIST.app), baseline: buildSizes(DIST.baseline) };
  const report: Report = { machine, sizes, lighthouse, firstClickable, toPassage, labels, tour, windowLink, findPlaces: places, scale, huge: hugeReport };
  if (options.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
} finally {
  await browser.close();
  for (const { server } of Object.values(servers)) await server.close();
}
