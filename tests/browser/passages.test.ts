import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { waitUntilStill } from './feature-point.ts';
import { clickFeature, focusedName, revealFeature, geoStory, openStory, passagePanel, type StoryPage } from './story-page.ts';

const story = geoStory();
let browser: Browser;
let session: StoryPage;

beforeAll(async () => {
  browser = await launchChromium();
  session = await openStory(browser);
});

afterAll(async () => {
  await browser?.close();
});

/** Checks the open panel shows the feature and marks exactly its quotes, then closes it with Esc. */
async function expectPassageThenEscape(name: string, quotes: readonly string[]) {
  const { page } = session;
  const panel = passagePanel(page);
  await panel.waitFor();
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(name);
  const marks = await panel.locator('blockquote mark').allTextContents();
  for (const quote of quotes) expect(marks.some((mark) => mark.includes(quote)), `${name}: "${quote}" is marked`).toBe(true);
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  expect(squeeze(marks.join('')).length, `${name}: the marks hold the quotes and nothing more`).toBe(squeeze(quotes.join('')).length);
  // Focus goes to the passage's heading (just after the frame that shows it), so that a screen reader reads it.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: `${name}: focus on the passage's heading` }).toBe('passage-title');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  expect(await focusedName(page), `${name}: Esc returns focus to the feature`).toBe(name);
}

describe('every feature opens its passage', () => {
  it('by mouse click, and Esc returns focus to it', async () => {
    for (const feature of story.features) {
      await clickFeature(session.page, feature.properties.name);
      await expectPassageThenEscape(feature.properties.name, feature.properties.passage);
    }
  });

  it('by Enter when it has focus, and Esc returns focus to it', async () => {
    for (const feature of story.features) {
      const target = await revealFeature(session.page, feature.properties.name);
      await target.focus();
      await waitUntilStill(target);
      await session.page.keyboard.press('Enter');
      await expectPassageThenEscape(feature.properties.name, feature.properties.passage);
    }
  });

  it('by Enter, when Esc follows before focus has moved: Esc still closes the passage and returns focus', async () => {
    const { page } = session;
    const [feature] = story.features;
    if (!feature) throw new Error('the story has no features');
    const target = await revealFeature(page, feature.properties.name);
    await target.focus();
    await waitUntilStill(target);
    // Both keys in one task of the page: focus moves to the passage only after the next frame, so
    // Esc finds it on the feature still, and must act from the passage all the same.
    const focusBeforeEscape = await page.evaluate(() => {
      const options = { key: 'Enter', bubbles: true, cancelable: true };
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', options));
      const before = { opened: document.querySelector('#passage-title')?.textContent ?? null, focus: document.activeElement?.id ?? '' };
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { ...options, key: 'Escape' }));
      return before;
    });
    expect(focusBeforeEscape.opened, 'Enter opened the passage at once').toBe(feature.properties.name);
    expect(focusBeforeEscape.focus, 'focus had not moved yet when Esc came').not.toBe('passage-title');
    await passagePanel(page).waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe(feature.properties.name);
  });

  it('raised no error on the way', () => {
    expect(session.errors).toEqual([]);
  });
});
