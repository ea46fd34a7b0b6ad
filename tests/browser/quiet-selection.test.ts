/**
 * What opening and closing a passage, or a group, leaves alone: the clicked feature's tooltip is not taken down
 * and put back, and the article's scroll towards a closed passage stops where it stands.
 */
import { describe, expect, it } from 'vitest';
import { clickablePoint, waitUntilStill } from './feature-point.ts';
import { openStory, passagePanel, revealFeature, useChromium } from './story-page.ts';

const browser = useChromium();

describe('a selection leaves alone what it need not touch', () => {
  it('a click on a feature leaves its open tooltip up; a click on the empty map closes it', async () => {
    const { page, context } = await openStory(browser());
    const target = await revealFeature(page, 'Pulse nightclub, Orlando');
    // Into view, as a keyboard user brings it (see clickFeature), then the pointer over it.
    await page.keyboard.press('Shift');
    await target.focus();
    await waitUntilStill(target);
    const { x, y } = await clickablePoint(target);
    await page.mouse.move(x, y);
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    // Every tooltip taken down while the clicked feature still has focus: that is, by the click itself
    // (later, focus moves on to the passage, and the feature's tooltip closes with the blur).
    await page.evaluate(() => {
      const pane = document.querySelector('.leaflet-tooltip-pane');
      const w = window as unknown as { takenDown: number };
      w.takenDown = 0;
      new MutationObserver((records) => {
        const byClick = document.activeElement?.matches('[data-feature-id]') ?? false;
        for (const record of records) if (byClick) w.takenDown += record.removedNodes.length;
      }).observe(pane!, { childList: true });
    });
    await page.mouse.click(x, y);
    await passagePanel(page).waitFor();
    expect(await page.evaluate(() => (window as unknown as { takenDown: number }).takenDown)).toBe(0);

    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    await target.focus();
    await tooltip.waitFor();
    const map = await page.locator('.story-map').boundingBox();
    // The map's top-left corner: open sea, no feature.
    await page.mouse.click(map!.x + 40, map!.y + 90);
    await tooltip.waitFor({ state: 'detached' });
    await context.close();
  });

  it('a group opened by a click leaves no tooltip over the names of its places', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 800 });
    const paris = page.locator('.place-group[aria-label^="Paris"]');
    const { x, y } = await clickablePoint(paris);
    await page.mouse.click(x, y);
    // Opened in one step: its places drawn, focus on the first of them.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-feature-id') ?? ''), { timeout: 10_000 }).toMatch(/^paris-/);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(500);
    expect(await page.locator('.leaflet-tooltip').count()).toBe(0);
    // From the keyboard, a focused place still shows its tooltip.
    await page.keyboard.press('Tab');
    await page.locator('.leaflet-tooltip').waitFor();
    await context.close();
  });

  it('closing a passage while the article scrolls to it stops the scroll where it stands', async () => {
    const { page, context } = await openStory(browser(), { reducedMotion: 'no-preference' });
    const reader = page.locator('.article-reader');
    const scrollTop = () => reader.evaluate((element) => {
      let box = element.parentElement;
      while (box && !(box.scrollHeight > box.clientHeight && getComputedStyle(box).overflowY !== 'visible')) box = box.parentElement;
      return box?.scrollTop ?? -1;
    });
    const start = await scrollTop();
    // A passage near the end of the article: the smooth scroll to it takes a good half second.
    const target = await revealFeature(page, 'Moscow: Russia, Assad’s patron');
    await target.focus();
    await page.keyboard.press('Enter');
    await expect.poll(scrollTop, { interval: 10 }).toBeGreaterThan(start + 20);
    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(100);
    const stopped = await scrollTop();
    await page.waitForTimeout(700);
    expect(await scrollTop()).toBe(stopped);
    await context.close();
  });
});
