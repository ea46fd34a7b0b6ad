/**
 * The presenter view's delay: from a key pressed in one window (audience or presenter) to the other
 * window painting the new stop, for every stop, each way. Both windows belong to one browsing context
 * group, so their clocks (`performance.timeOrigin + performance.now()`) agree.
 * Run alone on the last build: `npx tsx scripts/bench/window-link.ts` (serves `dist/`).
 */
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { preview } from 'vite';
import { launchChromium } from '../../tests/browser/chromium.ts';
import { freshPage, spreadOf, waitUntil, type Spread } from './page-timings.ts';

/** The delay each way, median and worst over the stops. */
export interface WindowLinkDelays {
  audienceToPresenter: Spread;
  presenterToAudience: Spread;
}

/** Records the time of the next key pressed in `page`, by the event's own timestamp. */
function armKey(page: Page): Promise<unknown> {
  return page.evaluate(`window.__keyAt = undefined;
    document.addEventListener('keydown', (event) => { window.__keyAt = performance.timeOrigin + event.timeStamp; }, { capture: true, once: true });`);
}

/** Records when `page` next paints `shown` (a string expression), after the mutation that makes it true. */
function armShown(page: Page, shown: string): Promise<unknown> {
  return page.evaluate(`window.__shownAt = undefined;
    (() => {
      const observer = new MutationObserver(() => {
        if (!(${shown})) return;
        observer.disconnect();
        requestAnimationFrame(() => { window.__shownAt = performance.timeOrigin + performance.now(); });
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    })();`);
}

/** Ms from `key` in `from` to `to` painting what `shown` checks. */
async function delay(from: Page, key: string, to: Page, shown: string): Promise<number> {
  await armKey(from);
  await armShown(to, shown);
  await from.keyboard.press(key);
  await waitUntil(to, 'window.__shownAt !== undefined', 10_000);
  const [keyAt, shownAt] = [Number(await from.evaluate('window.__keyAt')), Number(await to.evaluate('window.__shownAt'))];
  // Let the audience's camera flight start, as a presenter would, before the next key.
  await to.waitForTimeout(300);
  return shownAt - keyAt;
}

const audienceAt = (n: number) => `document.querySelector('.tour-count')?.textContent?.includes('${n} /')`;
const presenterAt = (n: number) => `document.querySelector('.presenter-current .eyebrow')?.textContent?.includes('stop ${n} of')`;

/** Opens the tour and its presenter view at `url`, then steps through every stop from each window. */
export async function windowLinkDelays(browser: Browser, url: string): Promise<WindowLinkDelays> {
  const audience = await freshPage(browser);
  await audience.goto(`${url}#/tour/1`);
  await audience.locator('.tour-count').waitFor();
  const [presenter] = await Promise.all([audience.context().waitForEvent('page'), audience.keyboard.press('p')]);
  await presenter.getByText(/^Audience window connected/).waitFor({ timeout: 10_000 });
  const stops = Number(await audience.evaluate(`Number(/\\/\\s*(\\d+)/.exec(document.querySelector('.tour-count')?.textContent ?? '')?.[1] ?? 0)`));
  const forward: number[] = [];
  const back: number[] = [];
  for (let n = 2; n <= stops; n += 1) forward.push(await delay(audience, 'PageDown', presenter, presenterAt(n)));
  for (let n = stops - 1; n >= 1; n -= 1) back.push(await delay(presenter, 'PageUp', audience, audienceAt(n)));
  await audience.context().close();
  return { audienceToPresenter: spreadOf(forward), presenterToAudience: spreadOf(back) };
}

/** The benchmark table's rows: what, the figure, and the target (under 100 ms). */
export function windowLinkRows(delays: WindowLinkDelays): [string, number, null, string, (v: number) => boolean][] {
  const met = (v: number) => v < 100;
  return [
    [`Presenter view: audience key to presenter, median ms (${delays.audienceToPresenter.count} stops)`, delays.audienceToPresenter.medianMs, null, '< 100', met],
    ['Presenter view: audience key to presenter, worst ms', delays.audienceToPresenter.worstMs, null, '< 100', met],
    [`Presenter view: presenter key to audience, median ms (${delays.presenterToAudience.count} stops)`, delays.presenterToAudience.medianMs, null, '< 100', met],
    ['Presenter view: presenter key to audience, worst ms', delays.presenterToAudience.worstMs, null, '< 100', met],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port for dist/');
  const browser = await launchChromium();
  try {
    const delays = await windowLinkDelays(browser, `http://127.0.0.1:${address.port}/`);
    for (const [what, value] of windowLinkRows(delays)) console.log(`${what}: ${value.toFixed(1)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
