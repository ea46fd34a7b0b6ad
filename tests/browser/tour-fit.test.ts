import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Tour } from '../../src/story/schema.ts';
import { openStory, passagePanel, useChromium } from './story-page.ts';
import { waitUntilMapStill } from './feature-point.ts';

const tour = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as Tour;
const browser = useChromium();

/** The longest stops, kept as screenshots to look at. */
const LOOKED_AT = new Set([4, 6, 9, 12, 13]);

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Where a thing is, and a name for it in a failure. */
async function box(locator: Locator, what: string) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${what} is not on the page`);
  return found;
}

/** The panel, if it holds more than it shows, and every box in it that would scroll. */
function overflowingBoxes(page: Page): Promise<string[]> {
  return passagePanel(page).evaluate((panel) =>
    [panel, ...panel.querySelectorAll('*')]
      .filter((element) => element === panel || ['auto', 'scroll'].includes(getComputedStyle(element).overflowY))
      .filter((element) => element.scrollHeight > element.clientHeight + 1)
      .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}"> ${element.scrollHeight} > ${element.clientHeight}`),
  );
}

describe('the tour on a projector', () => {
  // Each screen, and the smallest type of the passage on it, to be read from the back of a room.
  for (const [width, height, smallestPx] of [
    [1024, 768, 16],
    [1280, 720, 18],
    [1920, 1080, 18],
  ] as const) {
    it(`${width}x${height}: every stop's title, passage, question and buttons show without scrolling, the passage in ${smallestPx} px type or larger`, async () => {
      const { page, context, errors } = await openStory(browser(), { width, height, path: '#/tour/1', reducedMotion: 'reduce' });
      const panel = passagePanel(page);
      for (const [index, stop] of tour.stops.entries()) {
        const n = index + 1;
        const title = panel.getByRole('heading', { level: 2, name: stop.title, exact: true });
        await title.waitFor();
        const where = `stop ${n} at ${width}x${height}`;
        expect(await overflowingBoxes(page), where).toEqual([]);
        expect(await panel.evaluate((element) => element.scrollHeight - element.clientHeight), `${where}: the panel scrolls`).toBeLessThanOrEqual(0);
        const sizes = await panel.getByRole('blockquote').evaluateAll((quotes) => quotes.map((quote) => parseFloat(getComputedStyle(quote).fontSize)));
        expect(sizes.length, where).toBeGreaterThan(0);
        expect(Math.min(...sizes), `${where}: the passage's type`).toBeGreaterThanOrEqual(smallestPx);
        // Fewer words, perhaps, but only the article's own: every marked run is in the stop's quotes.
        for (const marked of await panel.getByRole('blockquote').locator('mark').allTextContents()) {
          expect(squeeze(stop.passage.join('')), where).toContain(squeeze(marked));
        }
        const shown = [title, panel.locator('blockquote mark').last(), panel.getByRole('button', { name: 'Next' }), panel.getByRole('button', { name: 'Previous' })];
        if (stop.question) shown.push(panel.getByRole('note', { name: /Question for discussion/ }));
        for (const thing of shown) {
          const { x, y, width: w, height: h } = await box(thing, `${where}: ${String(thing)}`);
          expect(y, `${where}: ${String(thing)} top`).toBeGreaterThanOrEqual(0);
          expect(y + h, `${where}: ${String(thing)} bottom`).toBeLessThanOrEqual(height);
          expect(x + w, `${where}: ${String(thing)} right`).toBeLessThanOrEqual(width);
        }
        // The map keeps a good part of the screen beside the panel.
        expect((await box(panel, 'the panel')).x, where).toBeGreaterThanOrEqual(width * 0.4);
        if (LOOKED_AT.has(n)) await page.screenshot({ path: `test-results/screenshots/tour-fit-${width}x${height}-stop-${n}.png` });
        await page.keyboard.press('PageDown');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('390x844, a phone: every stop in 15 px type or larger (its panel scrolls by touch), every button of its bar on the screen', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 390, height: 844, path: '#/tour/1', reducedMotion: 'reduce' });
    const panel = passagePanel(page);
    for (const [index, stop] of tour.stops.entries()) {
      const where = `stop ${index + 1} at 390x844`;
      await panel.getByRole('heading', { level: 2, name: stop.title, exact: true }).waitFor();
      const sizes = await panel.getByRole('blockquote').evaluateAll((quotes) => quotes.map((quote) => parseFloat(getComputedStyle(quote).fontSize)));
      expect(Math.min(...sizes), `${where}: the passage's type`).toBeGreaterThanOrEqual(15);
      for (const button of await panel.getByRole('button').all()) {
        if (!(await button.isVisible())) continue;
        const { x, width: w } = await box(button, `${where}: ${await button.textContent()}`);
        expect([x >= 0, x + w <= 390], `${where}: "${await button.textContent()}" from ${x} to ${x + w}`).toEqual([true, true]);
      }
      await page.keyboard.press('PageDown');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the digits of a jump as they are typed, jumps on Enter, and Esc clears them without leaving', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 720, path: '#/tour/2' });
    const panel = passagePanel(page);
    const prompt = panel.getByRole('status');
    await panel.getByRole('heading', { level: 2, name: tour.stops[1]?.title }).waitFor();
    await page.keyboard.press('1');
    await expect.poll(() => prompt.textContent()).toBe('Go to stop 1_');
    await page.keyboard.press('2');
    await expect.poll(() => prompt.textContent()).toBe('Go to stop 12_');
    await page.keyboard.press('Backspace');
    await expect.poll(() => prompt.textContent()).toBe('Go to stop 1_');
    await page.keyboard.press('Escape');
    await expect.poll(() => prompt.textContent()).toBe('');
    expect(await panel.isVisible()).toBe(true);
    await page.keyboard.press('7');
    expect(await prompt.isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/tour-jump-digits.png' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/tour/7');
    await expect.poll(() => prompt.textContent()).toBe('');
    await page.keyboard.press('3');
    await expect.poll(() => prompt.textContent(), { timeout: 5000 }).toBe('');
    expect(await page.evaluate(() => location.hash)).toBe('#/tour/7');
    await context.close();
  });
});

describe('a tour stop at a world view', () => {
  // Stop 6: Nice's ring held at its true place; Paris, Brussels and Manchester, whose fan round it
  // set Paris in the Bay of Biscay, drawn beside it on their own side of it (north-west).
  for (const [width, height] of [[1280, 720], [1024, 768]] as const) {
    it(`draws the cities grouped with the stop's on their side of it, at ${width}x${height}`, async () => {
      const { page, context } = await openStory(browser(), { width, height, path: '#/tour/6', reducedMotion: 'reduce' });
      await waitUntilMapStill(page);
      const centreOf = async (id: string) => {
        const found = await box(page.locator(`.story-map [data-feature-id="${id}"], .story-map [data-group-of~="${id}"]`).first(), id);
        return { x: found.x + found.width / 2, y: found.y + found.height / 2 };
      };
      const [nice, paris] = [await centreOf('nice-promenade'), await centreOf('paris-bataclan')];
      // Paris stands some 55 degrees above west of Nice on the map: north of it, more than half as far north as west.
      expect(nice.y - paris.y, `Paris at ${JSON.stringify(paris)}, Nice at ${JSON.stringify(nice)}`).toBeGreaterThan(0.5 * Math.abs(paris.x - nice.x));
      await context.close();
    });
  }
});
