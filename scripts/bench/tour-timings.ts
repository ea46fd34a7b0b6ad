/** The tour's speed in one window: from a key to the next stop painted. */
import type { Browser } from 'playwright-core';
import { freshPage, spreadOf, type Spread } from './page-timings.ts';

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
