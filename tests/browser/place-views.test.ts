/**
 * Every place of the story, chosen from the Places list and from its sentence in the article, ends in
 * a view that names its city, with the place clear of the panels (or, where a sentence's places
 * cannot all be seen together, named off the view with an arrow to it). Read from what the app
 * placed (the label layer) and from where it drew the place, at five screen sizes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { geoStory, openStory, useChromium } from './story-page.ts';
import { isUncovered, offViewArrow } from './uncovered.ts';
import type { StoryFeature } from '../../src/story/schema.ts';

const browser = useChromium();
const story = geoStory();
const places = story.features.filter((f) => f.properties.layer !== 'flows');

/** What the label layer drew, once it has drawn for the view the camera stopped at. */
async function labelTexts(page: Page): Promise<string[]> {
  const json = await page.locator('canvas.map-labels').getAttribute('data-labels');
  return (JSON.parse(json ?? '[]') as { text: string }[]).map((l) => l.text.toLowerCase());
}

/** The name that tells where a place is: its city, or its own for a region (Sinai, Libya). */
const cityOf = (f: StoryFeature) => f.properties.city ?? f.properties.label ?? f.properties.name;

/** The place is drawn clear of every panel and the map names its city; or it has an arrow off the view. */
async function viewProblem(page: Page, feature: StoryFeature, arrowAllowed: boolean): Promise<string> {
  const { name } = feature.properties;
  if (!(await isUncovered(page, name))) return arrowAllowed && (await offViewArrow(page, name).count()) === 1 ? '' : `${name} is not in view clear of the panels`;
  const city = cityOf(feature).toLowerCase();
  const texts = await labelTexts(page);
  return texts.some((t) => t.includes(city)) ? '' : `${name}: "${city}" is not named among ${texts.join(' | ')}`;
}

/** The article's sentence links, by their text. */
async function sentenceLinks(page: Page): Promise<string[]> {
  return page.getByRole('region', { name: 'Article', exact: true }).getByRole('link').allTextContents();
}

/** Opens a tab of the side panel (or the phone's sheet): clicked again until the app, taking over the prerendered page, has it selected. */
async function showTab(page: Page, name: 'Article' | 'Places') {
  const tab = page.getByRole('tab', { name });
  await expect.poll(async () => {
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    return tab.getAttribute('aria-selected');
  }).toBe('true');
  // On a phone the sheet may be lowered, its list out of sight.
  const raise = page.getByRole('button', { name: 'Raise', exact: true });
  if (await raise.isVisible()) await raise.click();
}

const SIZES = [[1280, 800], [1920, 1080], [1280, 720], [1024, 768], [390, 844]] as const;

describe('each place, chosen, ends in a view that names its city, clear of the panels', () => {
  for (const [width, height] of SIZES) {
    it(`at ${width}x${height}: from the Places list, and from its sentence`, async () => {
      const { page, context, errors } = await openStory(browser(), { width, height, reducedMotion: 'reduce' });
      const problems: string[] = [];
      for (const feature of places) {
        await showTab(page, 'Places');
        await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: feature.properties.name, exact: true }).click();
        await expect.poll(() => viewProblem(page, feature, false), { timeout: 3000 }).toBe('');
        problems.push(await viewProblem(page, feature, false));
        // Back to the list (on a phone the passage covers it).
        await page.keyboard.press('Escape');
      }
      await showTab(page, 'Article');
      const sentences = await sentenceLinks(page);
      for (const feature of places) {
        const sentence = sentences.find((s) => feature.properties.passage.includes(s.trim()));
        if (!sentence) {
          problems.push(`${feature.properties.name}: no sentence of its passage is a link in the article`);
          continue;
        }
        await showTab(page, 'Article');
        await page.getByRole('region', { name: 'Article', exact: true }).getByRole('link', { name: sentence.trim(), exact: true }).first().click();
        await expect.poll(() => viewProblem(page, feature, true), { timeout: 3000 }).toBe('');
        await page.keyboard.press('Escape');
      }
      expect(problems.filter(Boolean)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
