/**
 * The benchmark's timings in the page, each measured by the page's own clock from the input event's
 * timestamp (or the navigation) to the frame after what it waits for appears. Functions passed to the
 * page are strings: tsx would wrap named functions in a helper the page does not have.
 */
import type { Browser, Page } from 'playwright-core';
import { clickablePoint, waitUntilStill } from '../../tests/browser/feature-point.ts';

/** Median and worst of some timings, in ms. */
export interface Spread {
  count: number;
  medianMs: number;
  worstMs: number;
}

export function spreadOf(times: readonly number[]): Spread {
  const sorted = [...times].sort((a, b) => a - b);
  return { count: sorted.length, medianMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, worstMs: sorted[sorted.length - 1] ?? Number.NaN };
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

/** Ms from navigation start to the frame after the first element matching `selector` appears. */
export async function timeToFirst(browser: Browser, url: string, selector: string, runs: number): Promise<Spread> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const page = await freshPage(browser);
    await page.addInitScript(`
      window.__firstFeature = new Promise((done) => {
        const check = () => {
          if (!document.querySelector(${JSON.stringify(selector)})) return false;
          requestAnimationFrame(() => done(performance.now()));
          return true;
        };
        const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      });
    `);
    await page.goto(url);
    times.push(Number(await page.evaluate('window.__firstFeature')));
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

/** Ms from the input event to the frame after the passage appears, by mouse click or by Enter. */
export async function inputToPassage(page: Page, probe: PassageProbe, via: 'click' | 'enter'): Promise<number> {
  const target = page.locator(probe.feature).first();
  await target.focus();
  await waitUntilStill(target);
  const point = via === 'click' ? await clickablePoint(target) : null;
  await page.evaluate(`
    window.__passage = new Promise((done) => {
      let start = null;
      document.addEventListener(${JSON.stringify(via === 'click' ? 'click' : 'keydown')}, (event) => { start ??= event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (start === null || !(${probe.shown})) return;
        observer.disconnect();
        requestAnimationFrame(() => done(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    undefined; // Not the promise: evaluate would wait for it, before the input that settles it.
  `);
  if (point) await page.mouse.click(point.x, point.y);
  else await page.keyboard.press('Enter');
  const ms = Number(await page.evaluate('window.__passage'));
  await page.evaluate(probe.close);
  await waitUntil(page, `!(${probe.shown})`);
  return ms;
}

/** Ms from a PageDown to the next tour stop's "N / M" painted, pressing mid-flight (0.4 s apart). */
export async function tourKeyToPassage(browser: Browser, url: string): Promise<Spread> {
  const page = await freshPage(browser, 1920, 1080);
  await page.goto(`${url}#/tour/1`);
  await page.locator('.tour-count').waitFor();
  const stops = Number(await page.evaluate(`Number(/\\/\\s*(\\d+)/.exec(document.querySelector('.tour-count')?.textContent ?? '')?.[1] ?? 0)`));
  const times: number[] = [];
  for (let next = 2; next <= stops; next += 1) {
    times.push(
      Number(
        await page.evaluate(`(async () => {
          const start = performance.now();
          const shown = () => document.querySelector('.tour-count')?.textContent?.includes('${next} /');
          const painted = new Promise((done) => {
            const observer = new MutationObserver(() => {
              if (!shown()) return;
              observer.disconnect();
              requestAnimationFrame(() => done(performance.now() - start));
            });
            observer.observe(document.body, { subtree: true, childList: true, characterData: true });
          });
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
          const ms = await painted;
          await new Promise((settled) => setTimeout(settled, 400));
          return ms;
        })()`),
      ),
    );
  }
  await page.context().close();
  return spreadOf(times);
}

/** Frame times (ms between frames) while the map is dragged across and back, by mouse. */
export async function panFrames(page: Page, mapSelector: string): Promise<Spread & { p95Ms: number }> {
  const box = await page.locator(mapSelector).boundingBox();
  if (!box) throw new Error(`no ${mapSelector} to pan`);
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.evaluate(`
    window.__frames = [];
    window.__panning = true;
    let last = performance.now();
    const tick = (now) => { window.__frames.push(now - last); last = now; if (window.__panning) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  `);
  await page.mouse.move(x, y);
  await page.mouse.down();
  // A hand's pace: one small move a frame, across and back.
  let [atX, atY] = [x, y];
  for (const [toX, toY] of [[x - 300, y - 150], [x + 300, y + 150], [x, y]] as const) {
    for (let step = 1; step <= 30; step += 1) {
      await page.mouse.move(atX + ((toX - atX) * step) / 30, atY + ((toY - atY) * step) / 30);
      await page.waitForTimeout(16);
    }
    [atX, atY] = [toX, toY];
  }
  await page.mouse.up();
  const frames = (await page.evaluate('window.__panning = false, window.__frames.slice(1)')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  return { ...spreadOf(frames), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN };
}
