/**
 * Where to click a map feature, and waiting for the map to settle: shared by the browser tests and
 * the benchmark (which runs outside Vitest, so nothing here may import it).
 */
import type { Locator, Page } from 'playwright-core';

/** Waits until an element stops moving (the map has finished panning or zooming). */
export async function waitUntilStill(target: Locator): Promise<void> {
  let last = '';
  for (let i = 0; i < 40; i += 1) {
    const box = JSON.stringify(await target.boundingBox());
    if (box === last) return;
    last = box;
    await target.page().waitForTimeout(120);
  }
}

/**
 * Waits until the map has stopped moving: a flight that may still set off (within `start` ms) has
 * ended, its panes' transforms and zoom the same over two looks 200 ms apart (at most 4 s).
 */
export async function waitUntilMapStill(page: Page, start = 250): Promise<void> {
  await page.waitForTimeout(start);
  const look = () =>
    page.evaluate(() => {
      const pane = document.querySelector('.leaflet-map-pane');
      return pane ? `${getComputedStyle(pane).transform}|${pane.parentElement?.className ?? ''}|${pane.querySelector('.leaflet-proxy')?.getAttribute('style') ?? ''}` : '';
    });
  let last = await look();
  for (let i = 0; i < 20; i += 1) {
    await page.waitForTimeout(200);
    const now = await look();
    if (now === last) return;
    last = now;
  }
}

/**
 * A point of the element that a click would really hit: for a path, a point along the line where no
 * other feature lies on top, and where possible no other line's band lies beneath (a click there
 * would offer a choice of lines); for a marker, its centre.
 */
export async function clickablePoint(target: Locator): Promise<{ x: number; y: number }> {
  const point = await target.evaluate((element) => {
    const hits = (x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === element || element.contains(hit));
    };
    if (element instanceof SVGPathElement) {
      const length = element.getTotalLength();
      const matrix = element.getScreenCTM();
      if (!matrix) return null;
      const alone = (x: number, y: number) => document.elementsFromPoint(x, y).filter((e) => e !== element && e.classList.contains('line-hit')).length === 0;
      let fallback: { x: number; y: number } | null = null;
      // From the middle of the line outwards: 20/40, 21/40, 19/40, 22/40 …
      for (let step = 0; step < 39; step += 1) {
        const offset = Math.ceil(step / 2) * (step % 2 ? 1 : -1);
        const at = element.getPointAtLength((length * (20 + offset)) / 40);
        const x = matrix.a * at.x + matrix.c * at.y + matrix.e;
        const y = matrix.b * at.x + matrix.d * at.y + matrix.f;
        if (hits(x, y) && alone(x, y)) return { x, y };
        if (hits(x, y)) fallback ??= { x, y };
      }
      return fallback;
    }
    const box = element.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    return hits(x, y) ? { x, y } : null;
  });
  if (!point) throw new Error(`no point of ${await target.getAttribute('aria-label')} can be clicked: it is hidden`);
  return point;
}
