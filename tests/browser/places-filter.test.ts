import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { geoStory, openStory, passagePanel, useChromium } from './story-page.ts';

const story = geoStory();
const storyNames = new Set(story.features.map((f) => f.properties.name));
const browser = useChromium();

/** The story's features the map shows, by its buttons: a place or flow's own, or a group's, which names its places. */
async function namesOnMap(page: Page): Promise<string[]> {
  const labels = await page
    .getByRole('region', { name: /^Map of the places/ })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
  const names = labels.flatMap((label) => /: \d+ places \((.*)\)\. /.exec(label)?.[1]?.split('; ') ?? [label]);
  return [...new Set(names.filter((name) => storyNames.has(name)))].sort();
}

async function openPlaces(page: Page) {
  await page.getByRole('tab', { name: 'Places' }).click();
  const places = page.getByRole('navigation', { name: 'Places' });
  return { places, filter: places.getByRole('searchbox', { name: 'Filter places' }), status: places.getByRole('status') };
}

describe('the places filter', () => {
  it('narrows the map as it narrows the list, says how many show once typing pauses, and clearing brings all back', async () => {
    const { page, context } = await openStory(browser());
    const { places, filter, status } = await openPlaces(page);
    expect(await namesOnMap(page)).toHaveLength(story.features.length);
    // What the live region says, each time it changes: once for the word typed, not once a key.
    await status.evaluate((region) => {
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      Object.assign(window, { said });
    });
    await filter.pressSequentially('raqqa', { delay: 30 });
    const listed = await places.getByRole('button').allTextContents();
    expect(listed.sort()).toEqual(['Funding and instructions, from Raqqa to Molenbeek', 'Raqqa, Syria']);
    await expect.poll(() => namesOnMap(page)).toEqual(listed);
    await expect.poll(() => status.textContent()).toBe(`2 of ${story.features.length} places shown on the map`);
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([`2 of ${story.features.length} places shown on the map`]);
    await filter.clear();
    await expect.poll(() => namesOnMap(page)).toHaveLength(story.features.length);
    await expect.poll(() => status.textContent()).toBe(`${story.features.length} of ${story.features.length} places shown on the map`);
    await context.close();
  });

  it('applies on top of the layers, and only while the places are listed', async () => {
    const { page, context } = await openStory(browser(), { path: '#/?hide=flows' });
    const { filter } = await openPlaces(page);
    await filter.fill('raqqa');
    await expect.poll(() => namesOnMap(page)).toEqual(['Raqqa, Syria']);
    await page.getByRole('tab', { name: 'Article' }).click();
    await expect.poll(async () => (await namesOnMap(page)).length).toBe(story.features.filter((f) => f.properties.layer !== 'flows').length);
    await page.getByRole('tab', { name: 'Places' }).click();
    expect(await filter.inputValue()).toBe('raqqa');
    await expect.poll(() => namesOnMap(page)).toEqual(['Raqqa, Syria']);
    await context.close();
  });

  it('keeps the open passage’s place on the map when the filter leaves it out, until the passage closes', async () => {
    const { page, context } = await openStory(browser(), { path: '#/place/mosul' });
    await passagePanel(page).waitFor();
    const { places, filter, status } = await openPlaces(page);
    await filter.fill('paris');
    expect(await places.getByRole('button').allTextContents()).toEqual(['Bataclan theatre, Paris', 'Café and restaurant terraces, Paris']);
    await expect.poll(() => namesOnMap(page)).toEqual(['Bataclan theatre, Paris', 'Café and restaurant terraces, Paris', 'Mosul, Iraq']);
    expect(await passagePanel(page).getByRole('heading', { level: 2 }).textContent()).toBe('Mosul, Iraq');
    await expect.poll(() => status.textContent()).toBe(`2 of ${story.features.length} places shown on the map, and Mosul, Iraq, whose passage is open`);
    await passagePanel(page).getByRole('button', { name: 'Close passage' }).click();
    await expect.poll(() => namesOnMap(page)).toEqual(['Bataclan theatre, Paris', 'Café and restaurant terraces, Paris']);
    await context.close();
  });
});
