/** Lighthouse (the npm package) on a page, with its mobile or desktop preset, in our headless Chromium. */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/browser/chromium.ts';

/** The four category scores (0–100) and the load metrics (ms; CLS unitless). */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Audits that did not pass, for reading why a score is short of 100. */
  failing: string[];
}

const DEBUGGING_PORT = 9333;

export async function runLighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<LighthouseFigures> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${DEBUGGING_PORT}`],
  });
  try {
    const result = await lighthouse(url, { port: DEBUGGING_PORT, output: 'json', logLevel: 'error' }, preset === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = Object.entries(lhr.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode))
      .map(([id, audit]) => `${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: value('first-contentful-paint'),
      lcpMs: value('largest-contentful-paint'),
      tbtMs: value('total-blocking-time'),
      cls: value('cumulative-layout-shift'),
      speedIndexMs: value('speed-index'),
      failing,
    };
  } finally {
    await browser.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median of each figure over the runs, and every run's figures. */
export interface LighthouseRuns extends LighthouseFigures {
  runs: number;
  each: LighthouseFigures[];
}

/**
 * Lighthouse `runs` times, each figure the median of the runs: one run's mobile LCP and TBT swing by
 * hundreds of milliseconds on this machine. The failing audits are those of the run whose
 * Performance score is the median. Every run's figures are kept, to be printed beside the median.
 */
export async function runLighthouseMedian(url: string, preset: 'mobile' | 'desktop', runs: number): Promise<LighthouseRuns> {
  const each: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i += 1) each.push(await runLighthouse(url, preset));
  const of = (key: Exclude<keyof LighthouseFigures, 'failing'>) => median(each.map((figures) => figures[key]));
  const performance = of('performance');
  const middleRun = each.reduce((best, figures) => (Math.abs(figures.performance - performance) < Math.abs(best.performance - performance) ? figures : best));
  return {
    performance,
    accessibility: of('accessibility'),
    bestPractices: of('bestPractices'),
    seo: of('seo'),
    fcpMs: of('fcpMs'),
    lcpMs: of('lcpMs'),
    tbtMs: of('tbtMs'),
    cls: of('cls'),
    speedIndexMs: of('speedIndexMs'),
    failing: middleRun.failing,
    runs,
    each,
  };
}
