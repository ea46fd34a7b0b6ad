/** Frame times while a map is dragged by mouse: what a reader feels when panning. */
import type { Page } from 'playwright-core';
import { spreadOf, type Spread } from './page-timings.ts';

/** The frames' spread, with the 95th percentile, and whether the drag was cut short by its time limit. */
export interface PanSpread extends Spread {
  p95Ms: number;
  cutShort: boolean;
  /** Whether the map's pane had moved at the far end of the first stroke: a drag that pans nothing measures nothing. */
  moved: boolean;
}

const PANE = `getComputedStyle(document.querySelector('.leaflet-map-pane')).transform`;

/**
 * Ms between frames (by requestAnimationFrame) while the map is dragged across and back at a hand's
 * pace, one small move a frame. A drag still going after `limitMs` stops there (a map too slow to
 * follow would otherwise take minutes), and says so.
 */
export async function panFrames(page: Page, mapSelector: string, limitMs = 60_000): Promise<PanSpread> {
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
  const paneAtStart = await page.evaluate(PANE);
  let moved = false;
  await page.mouse.down();
  const deadline = Date.now() + limitMs;
  let cutShort = false;
  let [atX, atY] = [x, y];
  for (const [toX, toY] of [[x - 300, y - 150], [x + 300, y + 150], [x, y]] as const) {
    for (let step = 1; step <= 30 && !cutShort; step += 1) {
      await page.mouse.move(atX + ((toX - atX) * step) / 30, atY + ((toY - atY) * step) / 30);
      await page.waitForTimeout(16);
      cutShort = Date.now() > deadline;
    }
    if (!moved) moved = (await page.evaluate(PANE)) !== paneAtStart;
    [atX, atY] = [toX, toY];
  }
  await page.mouse.up();
  const frames = (await page.evaluate('window.__panning = false, window.__frames.slice(1)')) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  return { ...spreadOf(frames), p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? Number.NaN, cutShort, moved };
}
