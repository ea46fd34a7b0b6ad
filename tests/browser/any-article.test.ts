/**
 * The whole way from an article a teacher pastes to a story map on a USB stick: New story, the text,
 * Find places, accept, a place dragged, a sentence linked, a flow drawn, Save as one file; the saved
 * file, opened from disk with every other request refused, shows the new places, and each opens its
 * passage.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { dragMarker } from './drag-marker.ts';
import { openStory, revealFeature, useChromium } from './story-page.ts';

const browser = useChromium();
const COFFEE = readFileSync(new URL('../articles/coffee-coast.txt', import.meta.url), 'utf8');

function placeItem(dialog: Locator, name: string): Locator {
  return dialog.getByRole('listitem').filter({ has: dialog.page().getByRole('button', { name, exact: true }) });
}

/** The story package the saved page holds: its files, by name. */
function savedFiles(html: string): Record<string, string> {
  const text = /<script type="application\/json" id="story-package">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return (JSON.parse(text) as { files: Record<string, string> }).files;
}

/** The names of the saved story's points. */
function savedPlaces(files: Record<string, string>): string[] {
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.geojson'))
    .flatMap(([, file]) => (JSON.parse(file) as { features: { geometry: { type: string }; properties: { name: string } }[] }).features)
    .filter((feature) => feature.geometry.type === 'Point')
    .map((feature) => feature.properties.name);
}

async function headline(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

describe('any article, to a single file', () => {
  it('drafts a story in the page and saves it as one file that opens from disk with no network, each place opening its passage', async () => {
    const { page, context, errors } = await openStory(browser());
    await page.getByRole('button', { name: 'New story' }).click();
    const dialog = page.getByRole('dialog', { name: 'New story' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(COFFEE);
    await dialog.getByRole('button', { name: 'Find places' }).click();
    await dialog.getByRole('button', { name: 'Accept every proposed place' }).click();
    const first = (await dialog.locator('li.draft-place .draft-place-name').first().textContent()) ?? '';
    const second = (await dialog.locator('li.draft-place .draft-place-name').nth(1).textContent()) ?? '';

    // A place dragged on the map.
    await placeItem(dialog, first).getByRole('button', { name: first, exact: true }).click();
    const before = await placeItem(dialog, first).locator('.draft-place-facts').first().textContent();
    const marker = dialog.getByRole('region', { name: 'Map of the draft' }).getByTitle(`${first}: Accepted`);
    await dragMarker(page, marker, 36, 24);
    await expect.poll(() => placeItem(dialog, first).locator('.draft-place-facts').first().textContent()).not.toBe(before);

    // A sentence linked to it: the article's last sentence that does not name it yet.
    const sentences = dialog.getByRole('region', { name: `Sentences that speak of ${first}` }).getByRole('button', { pressed: false });
    await sentences.last().click();

    // A flow drawn from it to the second place, with a sentence of its own.
    const flowForm = dialog.getByRole('group', { name: `Draw a flow from ${first}` });
    await flowForm.getByRole('combobox', { name: 'To' }).selectOption({ label: second });
    await flowForm.getByRole('combobox', { name: 'Kind of flow' }).selectOption({ index: 1 });
    await flowForm.getByRole('textbox', { name: 'Flow date' }).fill('2024-06-01');
    await flowForm.getByRole('button', { name: 'Draw the flow' }).click();
    const flowSentences = dialog.getByRole('region', { name: `Sentences that speak of ${first} to ${second}` });
    await flowSentences.getByRole('button', { pressed: false }).first().click();

    // The validator passes it: no problem is listed, and the draft is saved as one file.
    await expect.poll(() => dialog.locator('.draft-problems, .story-problems li').count(), { timeout: 10_000 }).toBe(0);
    const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save as one file' }).click()]);
    const html = readFileSync(await download.path(), 'utf8');
    const files = savedFiles(html);
    const story = (JSON.parse(files['article.json'] ?? '{}') as { headline?: string }).headline;
    expect(story).toBeTruthy();
    expect(errors).toEqual([]);
    await context.close();

    const file = join(mkdtempSync(join(tmpdir(), 'any-article-')), download.suggestedFilename());
    writeFileSync(file, html);
    const offline = await browser().newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    await offline.route(/^(?!file:|data:|blob:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const disk = await offline.newPage();
    const diskErrors: string[] = [];
    disk.on('pageerror', (error) => diskErrors.push(error.message));
    await disk.goto(pathToFileURL(file).href);
    await expect.poll(() => headline(disk), { timeout: 20_000 }).toBe(story);
    const places = savedPlaces(files);
    expect(places.length).toBeGreaterThan(3);
    for (const name of places) {
      const button = await revealFeature(disk, name);
      await button.first().focus();
      await disk.keyboard.press('Enter');
      await expect.poll(() => disk.locator('#passage-title').textContent(), { message: name }).toBe(name);
      await disk.keyboard.press('Escape');
      await disk.locator('#passage-title').waitFor({ state: 'detached' });
      await disk.keyboard.press('Escape');
    }
    expect(diskErrors).toEqual([]);
    expect(requests).toEqual([]);
    await offline.close();
  });
});
