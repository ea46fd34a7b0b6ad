/** What the label layer placed, read once it has settled: for the tests that read the map's names. */
import type { Page } from 'playwright-core';

/**
 * Waits until the label layer has drawn the basemap's names for the view and then drawn nothing new
 * for half a second (a flight ends, the symbols regroup, the names are placed again), and returns
 * what it wrote on its canvas.
 */
export async function settledLabels<Label>(page: Page): Promise<Label[]> {
  await page.waitForFunction(() => /"tier":"basemap"/.test(document.querySelector<HTMLElement>('canvas.map-labels')?.dataset.labels ?? ''), undefined, { timeout: 20_000 });
  const state = () => page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('canvas.map-labels');
    return `${canvas?.dataset.placementMs ?? ''}|${canvas?.dataset.labels ?? ''}`;
  });
  let last = await state();
  for (let still = 0, tries = 0; still < 5 && tries < 60; tries += 1) {
    await page.waitForTimeout(100);
    const now = await state();
    still = now === last && now.includes('"tier":"basemap"') ? still + 1 : 0;
    last = now;
  }
  return JSON.parse((await page.locator('canvas.map-labels').getAttribute('data-labels')) ?? '[]') as Label[];
}
