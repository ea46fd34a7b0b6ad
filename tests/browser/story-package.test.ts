/**
 * Sharing a story: Export story downloads the story shown as a package; Open story… (the file picker)
 * and a drop on the page open one, which replaces the story and is kept over a reload until "Back to
 * the original story"; a package with problems lists each (file, feature, field) and changes nothing;
 * Save as one file writes an HTML file that shows its story from disk with no network.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Download, Locator, Page } from 'playwright-core';
import { packageStory } from '../../src/story-package/package-format.ts';
import { keptStoryKey } from '../../src/story-package/story-source.ts';
import { featureButton, geoStory, openStory, useChromium } from './story-page.ts';

const browser = useChromium();
const geo = geoStory();
const FOLDER = 'tests/fixtures/atlantic-flights';
const atlanticFiles = Object.fromEntries(readdirSync(FOLDER).filter((name) => name.endsWith('json')).map((name) => [name, readFileSync(`${FOLDER}/${name}`, 'utf8')]));
const ATLANTIC = 'Across the Atlantic by Air: From Alcock and Brown to Concorde';

function dialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Share or open a story' });
}

async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Share story' }).click();
  await dialog(page).getByRole('button', { name: 'Open story…' }).waitFor();
  return dialog(page);
}

function headline(page: Page): Promise<string | null> {
  return page.getByRole('heading', { level: 1 }).textContent();
}

/** The story's map, drawn: its first place's button is there. */
async function waitForMap(page: Page, place: string): Promise<void> {
  await featureButton(page, place).first().waitFor({ timeout: 20_000 });
}

/** Chooses a file in the dialog's Open story… file picker. */
async function pickFile(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), (await openDialog(page)).getByRole('button', { name: 'Open story…' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** Drops a file on the map, as a file dragged from the desktop. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(([fileName, content]) => {
    const data = new DataTransfer();
    data.items.add(new File([content ?? ''], fileName ?? '', { type: 'application/json' }));
    return data;
  }, [name, text]);
  await page.locator('main').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('main').dispatchEvent('drop', { dataTransfer: transfer });
}

async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), dialog(page).getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** A copy of the Atlantic story with one place's coordinates cut short and another's name made markup. */
function brokenPackage(): string {
  const context = JSON.parse(atlanticFiles['context.geojson'] ?? '') as { features: { id: string; geometry: { coordinates: number[] }; properties: { name: string } }[] };
  const [first, second] = context.features;
  if (!first || !second) throw new Error('the fixture has fewer than two places');
  first.geometry.coordinates = [first.geometry.coordinates[0] ?? 0];
  second.properties.name = `<img src=x onerror="window.__pwned=1">${second.properties.name}`;
  return packageStory({ ...atlanticFiles, 'context.geojson': JSON.stringify(context) });
}

describe('sharing a story', () => {
  it('costs the built story nothing: no package code is fetched until the reader shares or opens a story', async () => {
    const { page, context, requests, errors } = await openStory(browser());
    await waitForMap(page, 'Bataclan theatre, Paris');
    const packageCode = /\/(read-package|kept-story|story-actions|StoryDialog|validate-story|package-format)-[\w-]+\.js$/;
    expect(requests.filter((url) => packageCode.test(url))).toEqual([]);
    await openDialog(page);
    expect(requests.filter((url) => packageCode.test(url)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the story, opens another with the file picker, keeps it over a reload, and goes back to the original', async () => {
    const { page, context, errors } = await openStory(browser());
    await openDialog(page);
    const exported = await downloaded(page, 'Export story');
    expect(exported.name).toBe('trump-demonstrates-the-pitfalls-of-intel-sharing-to-prevent.json');
    const parsed = JSON.parse(exported.text) as { format: string; version: number; files: Record<string, string> };
    expect([parsed.format, parsed.version]).toEqual(['story-map-package', 1]);
    expect(parsed.files['attacks.geojson']).toBe(readFileSync('geo/attacks.geojson', 'utf8'));
    await page.keyboard.press('Escape');

    await pickFile(page, 'atlantic.json', packageStory(atlanticFiles));
    await expect.poll(() => headline(page)).toBe(ATLANTIC);
    await expect.poll(() => page.title()).toBe(`Story map: ${ATLANTIC}`);
    await waitForMap(page, 'Clifden, Ireland');
    expect(await page.getByRole('button', { name: 'Share story' }).evaluate((button) => button === document.activeElement)).toBe(true);
    // A story opened from another browser can be edited again: New story takes it as its draft.
    await page.getByRole('button', { name: 'New story' }).click();
    const editor = page.getByRole('dialog', { name: 'New story' });
    await editor.getByRole('button', { name: 'Edit the story on the map' }).click();
    await expect.poll(() => editor.getByRole('textbox', { name: 'Article text' }).inputValue()).toContain(ATLANTIC);
    expect(await editor.locator('.draft-place.is-accepted').count()).toBe(Object.keys(JSON.parse(atlanticFiles['context.geojson'] ?? '{}').features ?? {}).length);
    await expect.poll(() => editor.getByRole('region', { name: 'Problems with the story' }).textContent()).toMatch(/None found/);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await page.reload();
    await expect.poll(() => headline(page), { timeout: 20_000 }).toBe(ATLANTIC);
    await waitForMap(page, 'Clifden, Ireland');

    // The package exported opens too: the original story, from its file.
    await pickFile(page, exported.name, exported.text);
    await expect.poll(() => headline(page)).toBe(geo.article.headline);
    await (await openDialog(page)).getByRole('button', { name: 'Back to the original story' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Share story' }).count()).toBe(1);
    await page.reload();
    await waitForMap(page, 'Bataclan theatre, Paris');
    expect(await headline(page)).toBe(geo.article.headline);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('story-map.opened-story')))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a package dropped on the page', async () => {
    const { page, context, errors } = await openStory(browser());
    await dropFile(page, 'atlantic.json', packageStory(atlanticFiles));
    await expect.poll(() => headline(page)).toBe(ATLANTIC);
    await waitForMap(page, 'Clifden, Ireland');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists each problem of a broken package with its file, feature and field, and leaves the story as it was', async () => {
    const { page, context, errors } = await openStory(browser());
    await dropFile(page, 'broken.json', brokenPackage());
    const alert = dialog(page).getByRole('alert');
    await alert.waitFor();
    const lines = await alert.getByRole('listitem').allTextContents();
    expect(lines).toEqual([
      'broken.json, context.geojson, feature "st-johns", geometry.coordinates: must be a position [longitude, latitude]',
      expect.stringMatching(/^broken\.json, context\.geojson, feature "clifden", properties\.name: must be plain text, but holds markup or a script address: "<img src=x onerror=/),
    ]);
    expect(await alert.textContent()).toContain('broken.json was not opened: the story shown is unchanged.');
    const axe = await new AxeBuilder({ page }).include('.story-dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await headline(page)).toBe(geo.article.headline);
    await page.reload();
    await waitForMap(page, 'Bataclan theatre, Paris');
    expect(await headline(page)).toBe(geo.article.headline);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the original story, and says why, where the story kept in the browser no longer passes', async () => {
    const { page, context, errors } = await openStory(browser());
    const key = keptStoryKey({ pathname: new URL(page.url()).pathname });
    await page.evaluate(
      ([marker, text]) => {
        localStorage.setItem(marker ?? '', JSON.stringify({ name: 'kept.json', store: 'localStorage' }));
        localStorage.setItem(`${marker ?? ''}:package`, text ?? '');
      },
      [key, brokenPackage()],
    );
    await page.reload();
    await waitForMap(page, 'Bataclan theatre, Paris');
    expect(await headline(page)).toBe(geo.article.headline);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'kept.json' }).textContent()).toBe(
      'The story opened earlier (kept.json) could not be shown: it has 2 problems; open it again to see them. This is the original story.',
    );
    expect(await page.evaluate(() => Object.keys(localStorage).filter((name) => name.startsWith('story-map.opened-story')))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves the map with the story shown as one HTML file, which shows it from disk with no network', async () => {
    const { page, context, errors } = await openStory(browser());
    await pickFile(page, 'atlantic.json', packageStory(atlanticFiles));
    await expect.poll(() => headline(page)).toBe(ATLANTIC);
    await openDialog(page);
    const saved = await downloaded(page, 'Save as one file');
    expect(saved.name).toBe('across-the-atlantic-by-air-from-alcock-and-brown-to-concorde.html');
    await context.close();
    expect(errors).toEqual([]);

    const file = join(mkdtempSync(join(tmpdir(), 'story-map-')), saved.name);
    writeFileSync(file, saved.text);
    const offline = await browser().newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    const fileErrors: string[] = [];
    await offline.route(/^(?!file:|data:|blob:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const disk = await offline.newPage();
    disk.on('pageerror', (error) => fileErrors.push(error.message));
    disk.on('console', (message) => {
      if (message.type() === 'error') fileErrors.push(message.text());
    });
    await disk.goto(pathToFileURL(file).href);
    await expect.poll(() => headline(disk), { timeout: 20_000 }).toBe(ATLANTIC);
    await waitForMap(disk, 'Clifden, Ireland');
    expect(await disk.title()).toBe(`Story map: ${ATLANTIC}`);
    // Saved again from the file on disk, which cannot fetch a copy of itself: it writes its own page, which works as well.
    await openDialog(disk);
    const again = await downloaded(disk, 'Save as one file');
    const copy = join(mkdtempSync(join(tmpdir(), 'story-map-')), again.name);
    writeFileSync(copy, again.text);
    await disk.goto(pathToFileURL(copy).href);
    await expect.poll(() => headline(disk), { timeout: 20_000 }).toBe(ATLANTIC);
    await waitForMap(disk, 'Clifden, Ireland');
    expect(fileErrors).toEqual([]);
    expect(requests).toEqual([]);
    await offline.close();
  });
});
