/** What the label layer placed, read once it has settled: for the tests that read the map's names. */
import type { Page } from 'playwright-core';

/**
 * Waits until the label layer has drawn the view's names, the basemap's among them once they have
 * come (the first view has some: a later view, a world map at a tour stop, may have none), and then
 * drawn nothing new for half a second (a flight ends, the symbols regroup, the names are placed
 * again), and returns what it wrote on its canvas.
 */
export async function settledLabels<Label>(page: Page): Promise<Label[]> {
  await page.waitForFunction(() => {
    const drawn = document.querySelector<HTMLElement>('canvas.map-labels')?.dataset.labels;
    const seen = window as unknown as { basemapNamesSeen?: boolean };
    if (drawn && /"tier":"basemap"/.test(drawn)) seen.basemapNamesSeen = true;
    return drawn !== undefined && seen.basemapNamesSeen === true;
  }, undefined, { timeout: 20_000 });
  const state = () => page.evaluate(() => {
    const canvas = document.querySelector<HTMLElement>('canvas.map-labels');
    return canvas?.dataset.labels === undefined ? null : `${canvas.dataset.placementMs ?? ''}|${canvas.dataset.labels}`;
  });
  let last = await state();
  for (let still = 0, tries = 0; still < 5 && tries < 60; tries += 1) {
    await page.waitForTimeout(100);
    const now = await state();
    still = now !== null && now === last ? still + 1 : 0;
    last = now;
  }
  return JSON.parse((await page.locator('canvas.map-labels').getAttribute('data-labels')) ?? '[]') as Label[];
}
