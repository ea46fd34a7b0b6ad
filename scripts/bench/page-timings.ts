/**
 * The benchmark's timings in the page, each measured by the page's own clock from the input event's
 * timestamp (or the navigation) to the frame after what it waits for appears. Functions passed to the
 * page are strings: tsx would wrap named functions in a helper the page does not have.
 */
import type { Browser, Page } from 'playwright-core';
import { clickablePoint, waitUntilStill } from '../../tests/browser/feature-point.ts';

/** Median and worst of some timings, in ms, and every one of them in the order measured. */
export interface Spread {
  count: number;
  medianMs: number;
  worstMs: number;
  values: number[];
}

export function spreadOf(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, worstMs: sorted[sorted.length - 1] ?? Number.NaN, values: [...times] };
}

/** A page without the service worker (each visit is a first visit), ready for string evaluation. */
export async function freshPage(browser: Browser, width = 1280, height = 800): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Playwright's own functions (clickablePoint) are compiled by tsx, which names them with __name.
  await page.addInitScript('window.__name = (fn) => fn;');
  return page;
}

/**
 * Waits until `expression` is true in the page. Not `waitForFunction` with a string: that runs the
 * string through eval inside the page, which the app's Content Security Policy forbids; evaluation
 * through the DevTools protocol is not the page's own script, and the policy leaves it alone.
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The value of `expression` (which may be a promise) in the page, or NaN if it has none within `ms`:
 * timed in the page and in Node both, so that neither a promise never settled nor a page that stops
 * answering can hang the benchmark.
 */
export async function evaluateWithin(page: Page, expression: string, ms: number): Promise<number> {
  const inPage = page.evaluate(`Promise.race([${expression}, new Promise((late) => setTimeout(() => late(Number.NaN), ${ms}))])`);
  const inNode = new Promise<number>((late) => setTimeout(() => late(Number.NaN), ms + 5000).unref());
  return Number(await Promise.race([inPage, inNode]));
}

/**
 * Before `page` navigates: makes `window.__ready` a promise of the ms from navigation start to the frame
 * after `condition` (a JavaScript expression) first holds, checked on every change to the document.
 */
export async function armReady(page: Page, condition: string): Promise<void> {
  await page.addInitScript(`
    window.__ready = new Promise((done) => {
      const check = () => {
        if (!(${condition})) return false;
        requestAnimationFrame(() => done(performance.now()));
        return true;
      };
      const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
      observer.observe(document, { subtree: true, childList: true, attributes: true });
    });
  `);
}

/** Ms from navigation start to the frame after the first element matching `selector` appears, `runs` fresh loads. */
export async function timeToFirst(browser: Browser, url: string, selector: string, runs: number): Promise<Spread> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await freshPage(browser);
    await armReady(page, `document.querySelector(${JSON.stringify(selector)})`);
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await evaluateWithin(page, 'window.__ready', 60_000));
    await page.context().close();
  }
  return spreadOf(times);
}

/** What to press or click, and what shows the passage. */
export interface PassageProbe {
  /** A CSS selector of the feature's element. */
  feature: string;
  /** A JavaScript expression, true once the passage is on the page. */
  shown: string;
  /** A JavaScript statement that closes the passage again. */
  close: string;
}

/**
 * Ms from the input event of `act` (its `click` or `keydown`, by the event's own timestamp) to the
 * frame after `shown` (a JavaScript expression) holds; NaN if it does not within `limitMs`.
 */
export async function inputToShown(page: Page, via: 'click' | 'keydown', shown: string, act: () => Promise<void>, limitMs = 30_000): Promise<number> {
  await page.evaluate(`
    window.__shown = new Promise((done) => {
      let start = null;
      document.addEventListener(${JSON.stringify(via)}, (event) => { start ??= event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (start === null || !(${shown})) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    undefined; // Not the promise: evaluate would wait for it, before the input that settles it.
  `);
  await act();
  return evaluateWithin(page, 'window.__shown', limitMs);
}

/** Ms from the input event to the frame after the passage appears, by mouse click or by Enter; then closes it. */
export async function inputToPassage(page: Page, probe: PassageProbe, via: 'click' | 'enter'): Promise<number> {
  const target = page.locator(probe.feature).first();
  // Focus brings a feature into view from the keyboard only: a key first (see tests/browser/story-page.ts).
  await page.keyboard.press('Shift');
  await target.focus();
  await waitUntilStill(target);
  const point = via === 'click' ? await clickablePoint(target) : null;
  const ms = await inputToShown(page, point ? 'click' : 'keydown', probe.shown, () => (point ? page.mouse.click(point.x, point.y) : page.keyboard.press('Enter')));
  await page.evaluate(probe.close);
  await waitUntil(page, `!(${probe.shown})`);
  return ms;
}
