/**
 * Drags a marker of the story editor's map with the mouse, as a teacher would: where it has come to
 * rest (the map may still be moving to the place just chosen), in small steps.
 */
import type { Locator, Page } from 'playwright-core';

export async function dragMarker(page: Page, marker: Locator, dx: number, dy: number): Promise<void> {
  let box = await marker.boundingBox();
  for (let tries = 0; tries < 20; tries += 1) {
    await page.waitForTimeout(150);
    const now = await marker.boundingBox();
    if (now && box && Math.abs(now.x - box.x) < 0.5 && Math.abs(now.y - box.y) < 0.5) break;
    box = now;
  }
  if (!box) throw new Error('the marker is not on the map');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 8; step += 1) await page.mouse.move(x + (dx * step) / 8, y + (dy * step) / 8);
  await page.mouse.up();
}
