/** What the label layer placed, read once it has settled: for the tests that read the map's names. */
import type { Page } from 'playwright-core';

/** A name the label layer drew, as the tests read it: its box and line rounded to pixels. */
export interface DrawnName {
  text: string;
  tier: string;
  size: number;
  box: number[];
  ids?: string[] | undefined;
  leader?: number[] | undefined;
}

/**
 * What the label layer drew last, read in the page (label-canvas.ts keeps it on its canvas as
 * `drawnLabels`; none while the map moves): each name's text, tier, size, box and line rounded to
 * pixels, and the ids of the places it names; null when nothing is drawn. A function handed to the
 * page, not a string: the page's content security policy refuses to evaluate strings.
 */
function readDrawn(page: Page): Promise<{ drawn: DrawnName[] | null; ms: string }> {
  return page.evaluate(() => {
    type Box = { x0: number; y0: number; x1: number; y1: number };
    type Drawn = { text: string; tier: string; size: number; box: Box; ids?: string[]; leader?: Box };
    const canvas = document.querySelector('canvas.map-labels') as (HTMLElement & { drawnLabels?: Drawn[] }) | null;
    const round = (b: Box) => [b.x0, b.y0, b.x1, b.y1].map(Math.round);
    const drawn = canvas?.drawnLabels?.map(({ text, tier, size, box, ids, leader }) => ({ text, tier, size, box: round(box), ids, leader: leader && round(leader) })) ?? null;
    return { drawn, ms: canvas?.dataset.placementMs ?? '' };
  });
}

/**
 * Waits until the label layer has drawn the view's names, the basemap's among them once they have
 * come (the first view has some: a later view, a world map at a tour stop, may have none), and then
 * drawn nothing new for half a second (a flight ends, the symbols regroup, the names are placed
 * again), and returns what it drew.
 */
export async function settledLabels<Label>(page: Page): Promise<Label[]> {
  await page.waitForFunction(() => {
    const drawn = (document.querySelector('canvas.map-labels') as (Element & { drawnLabels?: { tier: string }[] }) | null)?.drawnLabels;
    const seen = window as unknown as { basemapNamesSeen?: boolean };
    if (drawn?.some((label) => label.tier === 'basemap')) seen.basemapNamesSeen = true;
    return drawn !== undefined && seen.basemapNamesSeen === true;
  }, undefined, { timeout: 20_000 });
  const state = async () => {
    const { drawn, ms } = await readDrawn(page);
    return drawn === null ? null : { key: `${ms}|${JSON.stringify(drawn)}`, drawn };
  };
  let last = await state();
  for (let still = 0, tries = 0; still < 5 && tries < 60; tries += 1) {
    await page.waitForTimeout(100);
    const now = await state();
    still = now !== null && now.key === last?.key ? still + 1 : 0;
    last = now;
  }
  return (last?.drawn ?? []) as Label[];
}
