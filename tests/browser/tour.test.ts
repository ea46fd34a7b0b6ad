import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Tour } from '../../src/story/schema.ts';
import { waitUntilMapStill } from './feature-point.ts';
import { openStory, ownButton, passagePanel, useChromium, zoomInReachable } from './story-page.ts';
import { expectTourKeepsTheKeyboard } from './tour-tabs.ts';
import { isUncovered } from './uncovered.ts';

const tour = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as Tour;
const total = tour.stops.length;
const browser = useChromium();

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Checks that the page shows stop `n`: its URL, its "N / M", exactly its sentences marked, and its note on the facts. */
async function expectStop(page: Page, n: number) {
  await page.waitForFunction((hash) => location.hash === hash, `#/tour/${n}`, { timeout: 5000 });
  const panel = passagePanel(page);
  expect(await panel.getByText(`${n} / ${total}`, { exact: false }).first().textContent()).toContain(`${n} / ${total}`);
  const stop = tour.stops[n - 1];
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(stop?.title);
  const marks = await panel.locator('blockquote mark').allTextContents();
  expect(squeeze(marks.join('')), `stop ${n}`).toBe(squeeze(stop?.passage.join('') ?? ''));
  // Where the article errs, the stop's note stands beside its words (the Brussels bombings' date).
  const note = panel.locator('p.note[role="note"]');
  if (stop?.factNote) expect(await note.textContent(), `stop ${n}`).toBe(`Note: ${stop.factNote}`);
  else expect(await note.count(), `stop ${n}`).toBe(0);
}

describe('the classroom tour', () => {
  it('runs with a clicker: PageDown through every stop, PageUp back, Home, End, a number, full screen, blank, Esc', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Present' }).click();
    await expectStop(page, 1);
    let previousMarks = '';
    for (let n = 1; n <= total; n += 1) {
      await expectStop(page, n);
      const marks = (await passagePanel(page).locator('blockquote mark').allTextContents()).join('');
      expect(marks).not.toBe(previousMarks);
      previousMarks = marks;
      if (n === 1) await page.screenshot({ path: 'test-results/screenshots/tour-stop-1920x1080.png' });
      await page.keyboard.press('PageDown');
    }
    await expectStop(page, total);
    for (let n = total; n >= 1; n -= 1) {
      await expectStop(page, n);
      await page.keyboard.press('PageUp');
    }
    await expectStop(page, 1);
    await expectTourKeepsTheKeyboard(page, tour.stops[0]?.features ?? []);
    await expectStop(page, 1);
    await page.keyboard.press('End');
    await expectStop(page, total);
    await page.keyboard.press('Home');
    await expectStop(page, 1);
    await page.keyboard.press('7');
    await page.keyboard.press('Enter');
    await expectStop(page, 7);
    for (const key of ['ArrowRight', 'ArrowDown', 'Space']) await page.keyboard.press(key);
    await expectStop(page, 10);
    for (const key of ['ArrowLeft', 'ArrowUp', 'Backspace']) await page.keyboard.press(key);
    await expectStop(page, 7);

    const fullscreenButton = passagePanel(page).getByRole('button', { name: 'Full screen' });
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await expect.poll(() => fullscreenButton.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement === null);
    await expect.poll(() => fullscreenButton.getAttribute('aria-pressed')).toBe('false');

    await page.keyboard.press('b');
    const blank = page.locator('.blank-screen');
    await blank.waitFor();
    const box = await blank.boundingBox();
    expect(box?.width).toBe(1920);
    await page.keyboard.press('x');
    await blank.waitFor({ state: 'detached' });
    await expectStop(page, 7);

    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    await expect.poll(() => new URL(page.url()).hash).toBe('#/');
    // Left at stop 7, by a key pressed by accident or to answer a question on the map: Present takes the class back there.
    const present = page.getByRole('button', { name: `Present from stop 7 of ${total}` });
    expect(await present.isVisible()).toBe(true);
    await present.click();
    await expectStop(page, 7);
    // Left at its last stop, the tour starts again from its first.
    await page.keyboard.press('End');
    await expectStop(page, total);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expectStop(page, 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ends where it began: Esc at a stop in a street takes the map back to the view the tour started from', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1280, height: 800 });
    await waitUntilMapStill(page);
    const mosul = ownButton(page, 'Mosul, Iraq');
    // Where Mosul's own symbol stands (null while it is in a group or off the map): the view, read off the page.
    const where = async () => {
      const box = (await mosul.count()) > 0 ? await mosul.boundingBox({ timeout: 1_000 }).catch(() => null) : null;
      return box && [Math.round(box.x), Math.round(box.y), Math.round(box.width)];
    };
    const before = await where();
    expect(before).not.toBeNull();
    await page.getByRole('button', { name: 'Present' }).click();
    await expectStop(page, 1);
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expectStop(page, 4);
    await waitUntilMapStill(page);
    expect(await where()).not.toEqual(before);
    // The zoom buttons stand beside the tour panel, not under it.
    expect(await zoomInReachable(page)).toBe(true);
    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    await waitUntilMapStill(page, 500);
    await expect.poll(where, { timeout: 5_000 }).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ends on the first view when the page opened in the tour (a link to stop 8), not on the map\'s bare first bounds', async () => {
    const manchester = (page: Page) => page.locator('[data-group-of~="manchester-arena"]');
    const first = await openStory(browser(), { width: 1280, height: 720 });
    await waitUntilMapStill(first.page);
    const before = await manchester(first.page).boundingBox();
    await first.context.close();
    const { page, context, errors } = await openStory(browser(), { width: 1280, height: 720, path: '#/tour/8' });
    await expectStop(page, 8);
    await waitUntilMapStill(page);
    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    await waitUntilMapStill(page, 500);
    // Framed as the first view is, from a layout a little different (the list of places beyond the
    // view is drawn by now): within a few pixels of it (the map's bare first bounds had put Manchester
    // 150 px up and left, under the key).
    const off = async () => {
      const b = await manchester(page).boundingBox({ timeout: 1_000 }).catch(() => null);
      return b && before ? Math.hypot(b.x - before.x, b.y - before.y) < 24 : false;
    };
    await expect.poll(off, { timeout: 5_000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes at the stop in the URL on reload, and the back button steps back through the stops visited', async () => {
    const { page, context } = await openStory(browser(), { path: '#/tour/7', waitForFeatures: false });
    await expectStop(page, 7);
    await page.reload();
    await expectStop(page, 7);
    await page.keyboard.press('PageDown');
    await expectStop(page, 8);
    await page.keyboard.press('PageDown');
    await expectStop(page, 9);
    await page.goBack();
    await expectStop(page, 8);
    await page.goBack();
    await expectStop(page, 7);
    await context.close();
  });

  it('turns with a swipe left or right on a touch screen', async () => {
    const context = await browser().newContext({ viewport: { width: 1024, height: 768 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}#/tour/3`);
    await expectStop(page, 3);
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ({ a, b }) => {
          const target = document.querySelector('.tour-panel h2') ?? document.body;
          const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
          target.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(a)], changedTouches: [touch(a)], bubbles: true }));
          target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b)], bubbles: true }));
        },
        { a: fromX, b: toX },
      );
    await swipe(600, 400);
    await expectStop(page, 4);
    await swipe(400, 600);
    await expectStop(page, 3);
    await context.close();
  });

  it('leaves the map\'s buttons where they were: Whole story under the zoom buttons, before the tour and after it', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 720 });
    const [zoomOut, home] = [page.getByRole('button', { name: 'Zoom out' }), page.getByRole('button', { name: 'Whole story' })];
    const below = async () => ((await home.boundingBox())?.y ?? 0) > ((await zoomOut.boundingBox())?.y ?? 0);
    expect(await below()).toBe(true);
    await page.getByRole('button', { name: 'Present' }).click();
    await expectStop(page, 1);
    await page.keyboard.press('Escape');
    await expect.poll(() => passagePanel(page).count()).toBe(0);
    expect(await below()).toBe(true);
    await context.close();
  });

  it('is offered on a phone too: Present in the header, within the screen, starts the tour at its first stop', async () => {
    const { page, context } = await openStory(browser(), { width: 390, height: 844 });
    const present = page.getByRole('button', { name: 'Present' });
    const box = await present.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    // Nothing in the header pushes the page wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await present.click();
    await expectStop(page, 1);
    await context.close();
  });

  it('shows the passage in large type on a projector and on a laptop', async () => {
    for (const [width, height, least] of [
      [1920, 1080, 28],
      [1280, 800, 18],
    ] as const) {
      const { page, context } = await openStory(browser(), { width, height, path: '#/tour/4', waitForFeatures: false });
      await expectStop(page, 4);
      const size = await passagePanel(page).locator('blockquote').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(least);
      await page.waitForTimeout(1600);
      await page.screenshot({ path: `test-results/screenshots/tour-stop4-${width}x${height}.png` });
      await context.close();
    }
  });

  it('flies between stops, but not when the system asks for reduced motion', async () => {
    async function mapMoves(reducedMotion: 'reduce' | 'no-preference'): Promise<boolean> {
      const { page, context } = await openStory(browser(), { path: '#/tour/1', waitForFeatures: false, reducedMotion });
      await expectStop(page, 1);
      await page.waitForTimeout(1600);
      const pane = page.locator('.leaflet-map-pane');
      const transform = () => pane.evaluate((el) => getComputedStyle(el).transform + (el.parentElement?.querySelector('.leaflet-proxy')?.getAttribute('style') ?? ''));
      await page.keyboard.press('PageDown');
      await expectStop(page, 2);
      const soon = await transform();
      await page.waitForTimeout(1600);
      const later = await transform();
      await context.close();
      return soon !== later;
    }
    expect(await mapMoves('reduce')).toBe(false);
    expect(await mapMoves('no-preference')).toBe(true);
  });

  it('turns while the map is hidden (the page printed mid-tour) without an error, and shows the stop once the map is back', async () => {
    const { page, context, errors } = await openStory(browser(), { path: '#/tour/1', waitForFeatures: false });
    await expectStop(page, 1);
    await page.waitForTimeout(1600);
    // Print hides the screen map: it has no size, and a flight divides by it.
    await page.emulateMedia({ media: 'print' });
    for (const n of [2, 3, 4]) {
      await page.keyboard.press('PageDown');
      await page.waitForFunction((hash) => location.hash === hash, `#/tour/${n}`, { timeout: 5000 });
    }
    await page.waitForTimeout(1000);
    await page.emulateMedia({ media: 'screen' });
    await expectStop(page, 4);
    await page.waitForTimeout(1000);
    expect(errors).toEqual([]);
    await expect.poll(() => isUncovered(page, 'Bataclan theatre, Paris'), { timeout: 5000 }).toBe(true);
    await context.close();
  });
});
