/**
 * Every place of the story, chosen from the Places list and from its sentence in the article, ends in
 * a view that names its city, with the place clear of the panels (or, where a sentence's places
 * cannot all be seen together, named off the view with an arrow to it). Read from what the app
 * placed (the label layer) and from where it drew the place: from the list at five screen sizes, from
 * its sentence on a laptop and a phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { geoStory, openStory, useChromium } from './story-page.ts';
import { offViewNames } from './uncovered.ts';
import type { StoryFeature } from '../../src/story/schema.ts';

const browser = useChromium();
const story = geoStory();
const places = story.features.filter((f) => f.properties.layer !== 'flows');

/** The name that tells where a place is: its city, or its own for a region (Sinai, Libya). */
const cityOf = (f: StoryFeature) => f.properties.city ?? f.properties.label ?? f.properties.name;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the page shows of a feature, read at once: where it is drawn, what covers the map, the names placed (the arrows off the view: `offViewNames`). */
function viewOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const rect = (e: Element | null): Rect | null => {
      const b = e?.getBoundingClientRect();
      return b && b.width > 0 && b.height > 0 ? { left: b.left, top: b.top, right: b.right, bottom: b.bottom } : null;
    };
    const own = document.querySelector(`.story-map [data-feature-id="${id}"]`);
    const group = [...document.querySelectorAll<HTMLElement>('.story-map [data-group-of]')].find((g) => (g.dataset.groupOf ?? '').split(' ').includes(id));
    const symbol = rect(own ?? group ?? null);
    // The passage panel (or sheet), the key, the zoom buttons and the credit (CLEAR of uncovered.ts).
    const covers = ['aside.passage-panel', 'aside.intro', '.leaflet-control-zoom', '.leaflet-control-attribution'].flatMap((selector) => [rect(document.querySelector(selector))]).filter((r) => r !== null);
    const labels = (document.querySelector('canvas.map-labels') as { drawnLabels?: { text: string }[] } | null)?.drawnLabels ?? [];
    return { map: rect(document.querySelector('.story-map.leaflet-container')), symbol, covers, labels: labels.map((l) => l.text.toLowerCase()) };
  }, id);
}

/** Pixels a symbol's centre must be clear of the map's edges and of what covers it. */
const CLEAR = 10;

/** The place is drawn clear of every panel and the map names its city; or (if allowed) it has an arrow off the view. */
async function viewProblem(page: Page, feature: StoryFeature, arrowAllowed: boolean): Promise<string> {
  const { name } = feature.properties;
  const { map, symbol, covers, labels } = await viewOf(page, feature.id);
  const arrows = await offViewNames(page);
  const at = symbol && { x: (symbol.left + symbol.right) / 2, y: (symbol.top + symbol.bottom) / 2 };
  const clearOf = (r: Rect) => !at || at.x < r.left - CLEAR || at.x > r.right + CLEAR || at.y < r.top - CLEAR || at.y > r.bottom + CLEAR;
  const uncovered = at && map && at.x >= map.left + CLEAR && at.x <= map.right - CLEAR && at.y >= map.top + CLEAR && at.y <= map.bottom - CLEAR && covers.every(clearOf);
  if (!uncovered) return arrowAllowed && arrows.includes(name) ? '' : `${name} is not in view clear of the panels`;
  const city = cityOf(feature).toLowerCase();
  return labels.some((t) => t.includes(city)) ? '' : `${name}: "${city}" is not named among ${labels.join(' | ')}`;
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
/** The sizes at which each sentence is chosen too: a laptop and a phone (the others frame a sentence as the laptop does, with more or less room). */
const SENTENCE_SIZES = new Set(['1280x800', '390x844']);

describe('each place, chosen, ends in a view that names its city, clear of the panels', () => {
  for (const [width, height] of SIZES) {
    const bySentenceToo = SENTENCE_SIZES.has(`${width}x${height}`);
    it(`at ${width}x${height}: from the Places list${bySentenceToo ? ', and from its sentence' : ''}`, async () => {
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
      if (!bySentenceToo) {
        expect(problems.filter(Boolean)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
        return;
      }
      await showTab(page, 'Article');
      const sentences = await sentenceLinks(page);
      // Each sentence once, with every place it speaks of.
      const bySentence = new Map<string, StoryFeature[]>();
      for (const feature of places) {
        const sentence = sentences.find((s) => feature.properties.passage.includes(s.trim()))?.trim();
        if (sentence) bySentence.set(sentence, [...(bySentence.get(sentence) ?? []), feature]);
        else problems.push(`${feature.properties.name}: no sentence of its passage is a link in the article`);
      }
      for (const [sentence, spoken] of bySentence) {
        await showTab(page, 'Article');
        await page.getByRole('region', { name: 'Article', exact: true }).getByRole('link', { name: sentence, exact: true }).first().click();
        for (const feature of spoken) await expect.poll(() => viewProblem(page, feature, true), { timeout: 3000 }).toBe('');
        await page.keyboard.press('Escape');
      }
      expect(problems.filter(Boolean)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
