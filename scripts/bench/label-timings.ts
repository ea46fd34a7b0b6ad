/**
 * How long the map takes to place its labels for a view (src/labels/placement.ts), read from what the
 * label layer records on its canvas (`data-placement-ms`) while the map is zoomed and panned by mouse
 * at 1280x800: every view's placement, one figure each.
 */
import type { Browser, Page } from 'playwright-core';
import { freshPage, spreadOf, waitUntil, type Spread } from './page-timings.ts';

const TIMES = `(document.querySelector('canvas.map-labels')?.dataset.placementMs ?? '').split(',').filter(Boolean).map(Number)`;

/** Zooms in and out with the wheel and pans by dragging, letting each view settle. */
async function zoomAndPan(page: Page): Promise<void> {
  const box = await page.locator('.story-map').boundingBox();
  if (!box) throw new Error('no .story-map to zoom and pan');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  for (const delta of [-240, -240, -240, 240, 240, 240]) {
    await page.mouse.wheel(0, delta);
    await page.waitForTimeout(700);
  }
  for (const [dx, dy] of [[-200, 0], [0, -150], [200, 150], [150, -100]] as const) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + dx, y + dy, { steps: 10 });
    await page.mouse.up();
    await page.waitForTimeout(500);
  }
}

/** Placement time per view, over the views of a wheel-and-drag session: the spread, and every view's figure. */
export async function labelPlacement(browser: Browser, url: string): Promise<Spread> {
  const page = await freshPage(browser, 1280, 800);
  await page.goto(url);
  await waitUntil(page, `${TIMES}.length > 0 && !document.querySelector('.story-map[aria-busy]')`, 60_000);
  await page.waitForTimeout(1500);
  await zoomAndPan(page);
  const times = (await page.evaluate(TIMES)) as number[];
  await page.context().close();
  return spreadOf(times);
}
