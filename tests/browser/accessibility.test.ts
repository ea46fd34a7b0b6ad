import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitUntilMapStill } from './feature-point.ts';
import { clickFeature, openStory, passagePanel, useChromium } from './story-page.ts';

const browser = useChromium();

/**
 * The axe rules broken on the page: WCAG 2.2 A and AA, axe's best practices, and its label-in-name
 * rule (WCAG 2.5.3, which axe files as experimental; Lighthouse reports it). With `overlays`, the
 * map's symbols are left out: a panel or the key then lies over part of the map, and axe's
 * target-size rule reports every symbol under it or clipped at the map's edge. The symbols themselves
 * are checked in the states without overlays.
 */
async function violations(page: Page, overlays = false): Promise<string[]> {
  // Let camera flights end: during one, symbols slide over each other for a moment.
  await waitUntilMapStill(page, 500);
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  const result = await (overlays ? builder.exclude('.leaflet-marker-pane') : builder).analyze();
  const labelInName = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
  return [...result.violations, ...labelInName.violations].map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('axe finds no violation', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`at ${width}x${height}: first load, key open, passage open, article, places`, async () => {
      const { page, context } = await openStory(browser(), { width, height });
      await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
      expect(await violations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Layers and key' }).click();
      expect(await violations(page, true)).toEqual([]);
      await page.getByRole('button', { name: 'Hide layers and key' }).click();
      await clickFeature(page, 'Raqqa, Syria');
      await passagePanel(page).waitFor();
      expect(await violations(page, true)).toEqual([]);
      await page.getByRole('button', { name: 'Read in the article' }).click();
      expect(await violations(page, true)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByRole('tab', { name: 'Places' }).click();
      expect(await violations(page, true)).toEqual([]);
      await context.close();
    });
  }

  for (const [width, height] of [
    [1920, 1080],
    [390, 844],
  ] as const) {
    it(`while presenting the tour at ${width}x${height}`, async () => {
      const { page, context } = await openStory(browser(), { width, height, path: '#/tour/5', waitForFeatures: false });
      await passagePanel(page).waitFor();
      expect(await violations(page, true)).toEqual([]);
      await context.close();
    });
  }

  it('in high-contrast mode (forced colours, more contrast): first load, passage, places, tour', async () => {
    const { page, context } = await openStory(browser(), { highContrast: true });
    expect(await page.evaluate(`matchMedia('(forced-colors: active)').matches`)).toBe(true);
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    expect(await violations(page)).toEqual([]);
    await clickFeature(page, 'Manchester Arena');
    await passagePanel(page).waitFor();
    expect(await violations(page, true)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Places' }).click();
    expect(await violations(page, true)).toEqual([]);
    await page.getByRole('button', { name: 'Present' }).click();
    await page.getByText(/^1 \/ \d+$/).waitFor();
    expect(await violations(page, true)).toEqual([]);
    await context.close();
  });
});
