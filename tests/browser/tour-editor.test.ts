import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Tour } from '../../src/story/schema.ts';
import { validateTour } from '../../src/story/validate-story.ts';
import { storageKey } from '../../src/editor/tour-storage.ts';
import { clickFeature, geoStory, openStory, passagePanel, useChromium } from './story-page.ts';

const article = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as Tour;
const title = (n: number) => article.stops[n - 1]?.title ?? '';
const browser = useChromium();

function editor(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Edit tour' });
}

async function openEditor(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Edit tour' }).click();
  await editor(page).getByRole('heading', { name: 'Stops' }).waitFor();
  return editor(page);
}

/** A stop of the editor's list, by its title. */
function stopItem(dialog: Locator, name: string): Locator {
  return dialog.getByRole('listitem').filter({ has: dialog.page().getByRole('heading', { level: 4, name, exact: true }) });
}

/** The titles of the stops as the editor lists them, in order. */
function listedTitles(dialog: Locator): Promise<string[]> {
  return dialog.getByRole('listitem').getByRole('heading', { level: 4 }).allTextContents();
}

/** Exports the tour and returns the downloaded file's name and text. */
async function exportTour(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), editor(page).getByRole('button', { name: 'Export' }).click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Imports a file through the Import button's file chooser. */
async function importTour(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor(page).getByRole('button', { name: 'Import' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('the teacher’s own tour', () => {
  it('keeps an edit over a reload, and presents the edited tour, hidden stops skipped', async () => {
    const { page, context, errors } = await openStory(browser());
    const dialog = await openEditor(page);
    await dialog.getByRole('button', { name: `Move up: ${title(2)}` }).click();
    await expect.poll(() => listedTitles(dialog)).toEqual([title(2), title(1), ...article.stops.slice(2).map((s) => s.title)]);
    // Focus follows the moved stop: now first, it can only move down.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move down: ${title(2)}`);
    await dialog.getByRole('button', { name: `Hide: ${title(3)}` }).click();
    await dialog.getByText(`Edit texts: ${title(4)}`).click();
    const paris = stopItem(dialog, title(4));
    await paris.getByRole('textbox', { name: /^Notes for you/ }).fill('Ask who has been to Paris.');
    await paris.getByRole('textbox', { name: 'Title' }).fill('Paris, 13 November 2015');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit tour');

    await page.reload();
    await page.getByRole('button', { name: 'Edit tour' }).waitFor();
    // The page is prerendered: its buttons answer once the app has taken it over and drawn the map.
    await page.locator('.story-map.leaflet-container:not([aria-busy])').waitFor();
    await page.getByRole('button', { name: 'Present' }).click();
    const total = article.stops.length - 1;
    const panel = passagePanel(page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(title(2));
    expect(await panel.getByRole('progressbar', { name: 'Tour progress' }).getAttribute('max')).toBe(String(total));
    await page.keyboard.press('PageDown');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe(title(1));
    await page.keyboard.press('PageDown');
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe('Paris, 13 November 2015');
    await page.keyboard.press('Escape');

    const reopened = await openEditor(page);
    expect((await listedTitles(reopened)).slice(0, 4)).toEqual([title(2), title(1), title(3), 'Paris, 13 November 2015']);
    expect(await stopItem(reopened, title(3)).getByText('Hidden: skipped when presenting').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a stop from the map view, exports the tour, and imports it back the same', async () => {
    const { page, context, errors } = await openStory(browser());
    await clickFeature(page, 'Bataclan theatre, Paris');
    await passagePanel(page).waitFor();
    const dialog = await openEditor(page);
    await dialog.getByRole('textbox', { name: 'Title' }).last().fill('The Bataclan');
    await dialog.getByRole('searchbox', { name: 'Find a sentence' }).fill('Stade de France');
    await dialog.getByRole('button', { name: 'Add the stop' }).click();
    await dialog.getByRole('status').getByText('Added “The Bataclan” as the last stop.').waitFor();
    await dialog.getByRole('button', { name: `Hide: ${title(1)}` }).click();
    await dialog.getByRole('button', { name: `Delete: The Bataclan` }).waitFor();
    await dialog.getByRole('button', { name: `Show: ${title(1)}` }).click();

    const first = await exportTour(page);
    expect(first.name).toBe('tour.json');
    const exported = JSON.parse(first.text) as Tour;
    expect(exported.stops.map((s) => s.title)).toEqual([...article.stops.map((s) => s.title), 'The Bataclan']);
    const added = exported.stops.at(-1);
    expect(added?.features).toEqual(['paris-bataclan']);
    expect(added?.camera).toHaveProperty('bbox');
    expect(validateTour(first.text, 'tour.json', geoStory()).ok).toBe(true);

    await dialog.getByRole('button', { name: 'Reset to the article’s tour' }).click();
    await dialog.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => listedTitles(dialog)).toEqual(article.stops.map((s) => s.title));
    await importTour(page, 'tour.json', first.text);
    await dialog.getByRole('status').getByText(`Imported tour.json: ${exported.stops.length} stops.`, { exact: false }).waitFor();
    const second = await exportTour(page);
    expect(second.text).toBe(first.text);

    // A reload at the added stop, which the article's tour does not have, resumes there.
    await page.keyboard.press('Escape');
    await page.goto(`${page.url().split('#')[0]}#/tour/${exported.stops.length}`);
    await page.reload();
    await expect.poll(() => passagePanel(page).getByRole('heading', { level: 2 }).textContent()).toBe('The Bataclan');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a broken tour file, lists every problem with its stop and field, and keeps the tour as it was', async () => {
    const { page, context } = await openStory(browser());
    const dialog = await openEditor(page);
    await dialog.getByRole('button', { name: `Move down: ${title(1)}` }).click();
    const before = await listedTitles(dialog);
    const kept = await page.evaluate((key) => localStorage.getItem(key), storageKey(geoStory().article.headline));
    expect(kept).not.toBeNull();
    const [one, two, three, four] = article.stops;
    const broken = {
      ...article,
      stops: [
        { ...one, title: '' },
        { ...two, features: ['atlantis'] },
        { ...three, passage: ['ISIS attacked the moon.'] },
        { ...four, question: 'Why? <script>alert(1)</script>' },
      ],
    };
    await importTour(page, 'broken-tour.json', JSON.stringify(broken));
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([
      'broken-tour.json, stop 1, title: must not be empty',
      `broken-tour.json, stop 2 (“${title(2)}”), features: no feature has the id "atlantis"`,
      `broken-tour.json, stop 3 (“${title(3)}”), passage[0]: not found word for word in the article: "ISIS attacked the moon."`,
      'broken-tour.json, stop 4, question: must be plain text, but holds markup or a script address: "<script>alert(1)</script>"',
    ]);
    expect(await alert.textContent()).toContain('broken-tour.json was not imported: your tour is unchanged.');
    expect(await listedTitles(dialog)).toEqual(before);
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey(geoStory().article.headline))).toBe(kept);

    await importTour(page, 'notes.txt', 'not a tour');
    await alert.getByText('notes.txt was not imported', { exact: false }).waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([expect.stringMatching(/^notes\.txt, the file is not valid JSON/)]);
    expect(await listedTitles(dialog)).toEqual(before);
    await context.close();
  });

  it('says plainly when the browser will not keep the tour', async () => {
    const { page, context } = await openStory(browser(), {
      before: (p) =>
        p.addInitScript(() => {
          Storage.prototype.setItem = () => {
            throw new DOMException('full', 'QuotaExceededError');
          };
        }),
    });
    const dialog = await openEditor(page);
    await dialog.getByRole('button', { name: `Hide: ${title(1)}` }).click();
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'Your edits could not be kept in this browser: the browser’s storage for this page is full. They last until the page is closed; use Export to keep them in a file.',
    );
    await context.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`leaves axe nothing to find in the editor at ${width}x${height}`, async () => {
      const { page, context } = await openStory(browser(), { width, height });
      const dialog = await openEditor(page);
      await dialog.getByText(`Edit texts: ${title(1)}`).click();
      await dialog.getByRole('textbox', { name: 'Title' }).first().fill('');
      await dialog.getByRole('button', { name: 'Add the stop' }).click();
      await dialog.getByRole('alert').waitFor();
      await page.screenshot({ path: `test-results/screenshots/tour-editor-${width}x${height}.png` });
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
      await context.close();
    });
  }
});
