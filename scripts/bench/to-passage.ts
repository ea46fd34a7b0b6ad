/**
 * Click and Enter to the passage, for every feature of the story: in the app, and in baseline (a)
 * (scripts/bench/baseline/), which draws the same features and opens the same passages.
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage, inputToPassage, spreadOf, type PassageProbe, type Spread } from './page-timings.ts';

/** Click and Enter to the passage over every feature: the spread of each. */
export type ToPassage = Record<'click' | 'enter', Spread>;

const shownName = (name: string | null) => `document.querySelector('#passage-title')?.textContent === ${JSON.stringify(name)}`;

/**
 * Each feature by click, then by Enter. With `skipHidden`, a feature that no click can reach (wholly
 * under others, as places of one city are on the baseline's map) is left out of the clicks; in the
 * app it stops the benchmark, as a bug.
 */
async function everyFeature(page: Page, probes: PassageProbe[], skipHidden = false): Promise<ToPassage> {
  const times = { click: [] as number[], enter: [] as number[] };
  for (const probe of probes) {
    try {
      times.click.push(await inputToPassage(page, probe, 'click'));
    } catch (error) {
      if (!skipHidden || !String(error).includes('can be clicked')) throw error;
    }
    times.enter.push(await inputToPassage(page, probe, 'enter'));
  }
  await page.context().close();
  return { click: spreadOf(times.click), enter: spreadOf(times.enter) };
}

/** The app: every `[data-feature-id]`, its passage shown when `#passage-title` reads its name; Escape closes. */
export async function appToPassage(browser: Browser, url: string): Promise<ToPassage> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.locator('[data-feature-id]').first().waitFor();
  // Every feature: the map draws them a few at a time, busy until all are drawn.
  await page.locator('.story-map:not([aria-busy])').waitFor();
  const ids = (await page.evaluate(`[...new Set([...document.querySelectorAll('[data-feature-id]')].map((e) => e.dataset.featureId))]`)) as string[];
  const probes: PassageProbe[] = [];
  for (const id of ids) {
    const feature = `[data-feature-id="${id}"]`;
    probes.push({
      feature,
      shown: shownName(await page.locator(feature).first().getAttribute('aria-label')),
      close: `document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))`,
    });
  }
  return everyFeature(page, probes);
}

/** Baseline (a): every `.baseline-feature` (clicks: those a click can reach), the same check of `#passage-title`; its Close button closes. */
export async function baselineToPassage(browser: Browser, url: string): Promise<ToPassage> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.locator('.baseline-feature').first().waitFor();
  const names = (await page.evaluate(`[...document.querySelectorAll('.baseline-feature')].map((e) => e.getAttribute('aria-label'))`)) as string[];
  const probes = names.map((name, index) => ({
    feature: `.baseline-feature >> nth=${index}`,
    shown: shownName(name),
    close: `document.querySelector('.passage-close')?.click()`,
  }));
  return everyFeature(page, probes, true);
}
