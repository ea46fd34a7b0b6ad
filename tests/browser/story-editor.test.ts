import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { dragMarker } from './drag-marker.ts';
import { openStory, useChromium } from './story-page.ts';

const browser = useChromium();
const NIGHT_TRAIN = readFileSync(new URL('../articles/night-train.txt', import.meta.url), 'utf8');
/** The chunks that only the story editor needs: the editor, compromise (in the drafter's sentences), the drafter and the gazetteer. */
const EDITOR_CHUNKS = /\/assets\/(?:StoryEditor|sentences|draft-story|gazetteer|search-gazetteer)-/;

function editor(page: Page): Locator {
  return page.getByRole('dialog', { name: 'New story' });
}

async function openEditor(page: Page): Promise<Locator> {
  // The page's buttons answer once the app has taken over the prerendered page: its map's places are drawn then.
  await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached', timeout: 30_000 });
  await page.getByRole('button', { name: 'New story' }).click();
  await editor(page).getByRole('textbox', { name: 'Article text' }).waitFor();
  return editor(page);
}

/** A place of the editor's list, by its name. */
function placeItem(dialog: Locator, name: string): Locator {
  return dialog.getByRole('listitem').filter({ has: dialog.page().getByRole('button', { name, exact: true }) });
}

async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include('.story-editor').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const labelInName = await new AxeBuilder({ page }).include('.story-editor').withRules(['label-content-name-mismatch']).analyze();
  return [...result.violations, ...labelInName.violations].map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the story editor', () => {
  it('drafts a story from an article, keeps every edit over a reload, and loads nothing of it before it is opened', async () => {
    const { page, context, requests, errors } = await openStory(browser());
    expect(requests.filter((url) => EDITOR_CHUNKS.test(url))).toEqual([]);

    const dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(NIGHT_TRAIN);
    await dialog.getByRole('button', { name: 'Find places' }).click();
    await dialog.getByRole('button', { name: 'Accept Warsaw' }).click();
    await expect.poll(() => placeItem(dialog, 'Warsaw').getByText('Accepted').count()).toBe(1);
    expect(requests.filter((url) => EDITOR_CHUNKS.test(url)).length).toBeGreaterThan(0);

    // Drag Warsaw's marker with the mouse.
    await placeItem(dialog, 'Warsaw').getByRole('button', { name: 'Warsaw', exact: true }).click();
    const before = await placeItem(dialog, 'Warsaw').locator('.draft-place-facts').first().textContent();
    // Markers are the mouse's way to a place (the list is the keyboard's): found by their title.
    const marker = dialog.getByRole('region', { name: 'Map of the draft' }).getByTitle('Warsaw: Accepted');
    await dragMarker(page, marker, 64, 40);
    await expect.poll(() => placeItem(dialog, 'Warsaw').locator('.draft-place-facts').first().textContent()).not.toBe(before);
    const moved = await placeItem(dialog, 'Warsaw').locator('.draft-place-facts').first().textContent();
    await expect.poll(() => dialog.getByText('Source: Placed by hand in the story editor').count()).toBe(1);

    // Link a sentence of the article to Warsaw.
    const sentence = dialog.getByRole('button', { name: 'In the west, the revival began in Vienna.' });
    await sentence.click();
    expect(await sentence.getAttribute('aria-pressed')).toBe('true');

    // Draw a flow from Warsaw to Minsk.
    const flowForm = dialog.getByRole('group', { name: 'Draw a flow from Warsaw' });
    await flowForm.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Minsk' });
    await flowForm.getByRole('combobox', { name: 'Kind of flow' }).selectOption('travel');
    // With no date, the form says what it needs, where, and draws nothing.
    const date = flowForm.getByRole('textbox', { name: 'Flow date' });
    await flowForm.getByRole('button', { name: 'Draw the flow' }).click();
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await date.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await flowForm.locator('.draft-problems').textContent()).toBe('Problem: Needed: the day it began, as year-month-day (2024-07-01).');
    expect(await dialog.getByRole('heading', { name: 'Flow: Warsaw to Minsk' }).count()).toBe(0);
    await date.fill('2024-12-01');
    await flowForm.getByRole('button', { name: 'Draw the flow' }).click();
    await expect.poll(() => dialog.getByRole('heading', { name: 'Flow: Warsaw to Minsk' }).count()).toBe(1);

    // The validator speaks beside the flow: it has no sentence yet.
    const flowSentences = dialog.getByRole('region', { name: 'Sentences that speak of Warsaw to Minsk' });
    await expect.poll(() => flowSentences.getByRole('listitem').allTextContents()).toEqual(['Problem: Link at least one sentence of the article to it.']);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await page.locator('.story-map:not([aria-busy])').waitFor({ timeout: 20_000 });
    const reopened = await openEditor(page);
    expect(await reopened.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(NIGHT_TRAIN);
    await expect.poll(() => placeItem(reopened, 'Warsaw').locator('.draft-place-facts').first().textContent()).toBe(moved);
    expect(await placeItem(reopened, 'Warsaw').getByText('Accepted').count()).toBe(1);
    expect(await placeItem(reopened, 'Warsaw').getByText('“In the west, the revival began in Vienna.”').count()).toBe(1);
    expect(await reopened.getByRole('button', { name: 'Warsaw to Minsk' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is worked by the keyboard: a candidate chosen, a stop moved, a place added by search, and the draft discarded after a question', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1024, height: 768 });
    const dialog = await openEditor(page);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(NIGHT_TRAIN);
    await dialog.getByRole('button', { name: 'Find places' }).press('Enter');
    await dialog.getByRole('button', { name: 'Accept every proposed place' }).press('Enter');

    await dialog.getByRole('button', { name: 'Brest', exact: true }).press('Enter');
    const choice = dialog.getByRole('group', { name: '2 places are named Brest: which one?' });
    await choice.getByRole('radio', { name: 'Brest, FR (city)' }).check();
    await expect.poll(() => placeItem(dialog, 'Brest').locator('.draft-place-facts').first().textContent()).toContain('48.390° N, 4.486° W');
    expect(await axeViolations(page)).toEqual([]);

    const stops = dialog.getByRole('region', { name: 'Tour stops' });
    const first = (await stops.getByRole('listitem').first().locator('.draft-stop-title').textContent()) ?? '';
    await stops.getByRole('button', { name: `Move down: ${first}` }).press('Enter');
    await expect.poll(() => stops.getByRole('listitem').nth(1).locator('.draft-stop-title').textContent()).toBe(first);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move down: ${first}`);

    const search = dialog.getByRole('searchbox', { name: 'Add a place named' });
    await search.fill('Lviv');
    await dialog.getByRole('button', { name: /^Add Lviv, UA/ }).press('Enter');
    await expect.poll(() => dialog.getByRole('heading', { name: 'Place: Lviv' }).count()).toBe(1);
    // A place with no sentence is a problem the validator names beside it.
    await expect.poll(() => placeItem(dialog, 'Lviv').locator('.draft-problems').textContent()).toMatch(/Sentences: link at least one sentence of the article to it/);

    await dialog.getByRole('button', { name: 'Discard draft' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep the draft');
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Discard', exact: true }).press('Enter');
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('');
    // Escape closes the editor, and focus goes back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('New story');
    await page.reload();
    await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached' });
    const reopened = await openEditor(page);
    expect(await reopened.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a place at the map’s cross from the keyboard, Esc leaving that and not the editor; takes a stop out of the tour and adds one', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1280, height: 800 });
    const dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(NIGHT_TRAIN);
    await dialog.getByRole('button', { name: 'Find places' }).press('Enter');
    await dialog.getByRole('button', { name: 'Accept every proposed place' }).press('Enter');

    const adding = dialog.getByRole('button', { name: 'Add a place on the map' });
    const onMap = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await adding.press('Enter');
    expect(await onMap()).toBe('Map of the draft');
    await page.keyboard.press('Escape');
    expect(await adding.getAttribute('aria-pressed')).toBe('false');
    expect(await dialog.isVisible()).toBe(true);
    await adding.press('Enter');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('heading', { name: 'Place: New place 1' }).count()).toBe(1);
    expect(await adding.getAttribute('aria-pressed')).toBe('false');

    const stops = dialog.getByRole('region', { name: 'Tour stops' });
    const count = await stops.getByRole('listitem').count();
    const first = (await stops.getByRole('listitem').first().locator('.draft-stop-title').textContent()) ?? '';
    await stops.getByRole('button', { name: `Take out of the tour: ${first}` }).press('Enter');
    await expect.poll(() => stops.getByRole('listitem').count()).toBe(count - 1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Take out');
    expect(await stops.getByRole('combobox', { name: 'Add a stop for' }).inputValue()).not.toBe('');
    await stops.getByRole('button', { name: 'Add stop' }).press('Enter');
    await expect.poll(() => stops.getByRole('listitem').last().locator('.draft-stop-title').textContent()).toBe(first);
    // Focus is on the stop added, not on another's Take out.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move up: ${first}`);

    // Finding places again would lose the work: it asks first, and the safe answer keeps it.
    const places = await dialog.locator('.draft-place').count();
    await dialog.getByRole('button', { name: 'Find places' }).press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Keep my work');
    await page.keyboard.press('Enter');
    expect(await dialog.locator('.draft-place').count()).toBe(places);
    expect(await dialog.getByRole('heading', { name: 'Place: New place 1' }).count()).toBe(1);
    // The text changed after its places were found: the editor says the story still uses the old one.
    await dialog.getByRole('textbox', { name: 'Article text' }).press('End');
    await page.keyboard.type(' More.');
    await expect.poll(() => dialog.getByRole('note').textContent()).toMatch(/^You have changed the text since its places were found/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens an article from a file, and previews the draft in the map, in a new tab, as the validator passes it', async () => {
    const { page, context, errors } = await openStory(browser());
    const dialog = await openEditor(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Open a .txt file' }).click()]);
    await chooser.setFiles({ name: 'night-train.txt', mimeType: 'text/plain', buffer: Buffer.from(NIGHT_TRAIN) });
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Article text' }).inputValue()).toBe(NIGHT_TRAIN);
    await dialog.getByRole('button', { name: 'Find places' }).click();
    await dialog.getByRole('button', { name: 'Accept every proposed place' }).click();
    // The story's places are stations: named so, they are called so in the map's key and passages.
    await dialog.getByText('Names of the layers and lines').click();
    const triangles = dialog.getByRole('group', { name: 'Places drawn as blue triangles' });
    await triangles.getByRole('textbox', { name: 'Layer name' }).fill('Stations');
    await triangles.getByRole('textbox', { name: 'One of them' }).fill('Station');
    await expect.poll(() => placeItem(dialog, 'Warsaw').locator('.draft-place-facts').first().textContent()).toContain('Stations (blue triangles)');
    await expect.poll(() => dialog.getByRole('region', { name: 'Problems with the story' }).textContent()).toMatch(/None found/);
    const [preview] = await Promise.all([context.waitForEvent('page'), dialog.getByRole('link', { name: /^Preview in the map/ }).click()]);
    await preview.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached', timeout: 20_000 });
    expect(await preview.getByRole('heading', { level: 1 }).textContent()).toBe('The Night Trains Are Back, From the Baltic to the Black Sea');
    await expect.poll(() => preview.title()).toBe('Story map: The Night Trains Are Back, From the Baltic to the Black Sea');
    expect(await preview.locator('.story-map [data-feature-id="warsaw"]').count()).toBe(1);
    await preview.getByRole('button', { name: 'Layers and key' }).click();
    const shown = await preview.locator('body').innerText();
    expect(shown).toContain('Stations');
    expect(shown).not.toMatch(/Attacks|Strongholds|Fighters returning|Context/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
