/** What the label layer placed, read once it has settled: for the tests that read the map's names. */
import type { Page } from 'playwright-core';

/**
 * An expression, evaluated in the page, of what the label layer drew last (label-canvas.ts keeps it on
 * its canvas as `drawnLabels`; none while the map moves): each name's text, tier, size, box and line
 * rounded to pixels, and the ids of the places it names; null when nothing is drawn.
 */
export const DRAWN = `(document.querySelector('canvas.map-labels')?.drawnLabels?.map(({ text, box, tier, size, leader, ids }) => ({
  text, tier, size, box: [box.x0, box.y0, box.x1, box.y1].map(Math.round), ids,
  leader: leader && [leader.x0, leader.y0, leader.x1, leader.y1].map(Math.round),
})) ?? null)`;

/**
 * Waits until the label layer has drawn the view's names, the basemap's among them once they have
 * come (the first view has some: a later view, a world map at a tour stop, may have none), and then
 * drawn nothing new for half a second (a flight ends, the symbols regroup, the names are placed
 * again), and returns what it wrote on its canvas.
 */
export async function settledLabels<Label>(page: Page): Promise<Label[]> {
  await page.waitForFunction(`(() => {
    const drawn = ${DRAWN};
    const seen = window;
    if (drawn && drawn.some((label) => label.tier === 'basemap')) seen.basemapNamesSeen = true;
    return drawn !== null && seen.basemapNamesSeen === true;
  })()`, undefined, { timeout: 20_000 });
  const state = () => page.evaluate(`(() => {
    const drawn = ${DRAWN};
    return drawn === null ? null : (document.querySelector('canvas.map-labels')?.dataset.placementMs ?? '') + '|' + JSON.stringify(drawn);
  })()`) as Promise<string | null>;
  let last = await state();
  for (let still = 0, tries = 0; still < 5 && tries < 60; tries += 1) {
    await page.waitForTimeout(100);
    const now = await state();
    still = now !== null && now === last ? still + 1 : 0;
    last = now;
  }
  return JSON.parse(last?.slice(last.indexOf('|') + 1) ?? '[]') as Label[];
}
