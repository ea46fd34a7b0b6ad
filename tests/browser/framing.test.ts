/**
 * Framing that sees the panels, read from the real page: whenever the camera moves to a sentence's
 * places, a tour stop or a selection, each of those places is drawn where nothing covers it (the
 * passage or tour panel, the key, the zoom buttons, the credit, the map's edges), or is named in the
 * list of places off the view, with an arrow to it.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { waitUntilStill } from './feature-point.ts';
import { featureButton, geoStory, openStory, passagePanel, useChromium } from './story-page.ts';
import { drawnPoints, expectSeenOrListed, isUncovered, offViewArrow } from './uncovered.ts';

const story = geoStory();
const browser = useChromium();

describe('framing that sees the panels', () => {
  it('laptop 1280x800: the sentence from San Bernardino to Melbourne shows its places beside the passage, or an arrow to them', async () => {
    const { page, context, errors } = await openStory(browser());
    const sentence = 'The franchises spread from San Bernardino in California to the suburbs of Melbourne, Australia.';
    const places = story.features.filter((f) => f.properties.passage.includes(sentence)).map((f) => f.properties.name);
    expect(places).toEqual(['San Bernardino, California', 'Suburbs of Melbourne, Australia']);
    await page.getByRole('region', { name: 'Article', exact: true }).getByRole('link', { name: sentence }).click();
    await passagePanel(page).waitFor();
    await waitUntilStill(featureButton(page, 'San Bernardino, California'));
    expect(await isUncovered(page, 'San Bernardino, California'), 'the selected place is in view').toBe(true);
    const listed = await expectSeenOrListed(page, places, '1280x800 sentence');
    await page.screenshot({ path: 'test-results/screenshots/framing-sentence-1280x800.png' });
    // The arrows pass axe (the symbols under the panel are checked elsewhere, as in accessibility.test.ts).
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).exclude('.leaflet-marker-pane').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The arrow shows its place: the camera moves to it, and it has focus.
    for (const name of listed) {
      await offViewArrow(page, name).click();
      await waitUntilStill(featureButton(page, name));
      expect(await isUncovered(page, name), `${name} after its arrow`).toBe(true);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(name);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  // The tour's stops on a projector, each place clear of the tour panel or listed off the view: in the
  // walks through every stop of locator-map.test.ts (1280x720) and labels.test.ts (1920x1080).

  it('phone 390x844: the first view frames the story from Brussels to Raqqa, clear of the key', async () => {
    const { page, context } = await openStory(browser(), { width: 390, height: 844 });
    for (const name of ['Jewish Museum of Belgium, Brussels', 'Raqqa, Syria', 'Manchester Arena', 'Mosul, Iraq']) {
      expect(await isUncovered(page, name), `${name} in the first view`).toBe(true);
    }
    // Framed, not merely shown: Manchester to Mosul spans most of the narrow map.
    const map = await page.getByRole('region', { name: /^Map of the places/ }).boundingBox();
    const [west, east] = await Promise.all(['Manchester Arena', 'Mosul, Iraq'].map(async (name) => (await drawnPoints(page, name))[0]?.x ?? 0));
    // Where places sit together their group's disc stands for them, a little inward of the outermost place.
    expect(((east ?? 0) - (west ?? 0)) / (map?.width ?? 1)).toBeGreaterThan(0.55);
    await context.close();
  });

  it('phone 390x844: Mosul stays in view and uncovered with its passage open and the sheet raised', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 390, height: 844, path: '#/place/mosul' });
    await passagePanel(page).waitFor();
    const mosul = featureButton(page, 'Mosul, Iraq');
    await waitUntilStill(mosul);
    // The reader pans until Mosul is low on the map, still in view: raising the sheet then takes that part away.
    const map = page.getByRole('region', { name: /^Map of the places/ });
    await map.focus();
    for (let i = 0; i < 8; i += 1) {
      const [box, at] = await Promise.all([map.boundingBox(), mosul.boundingBox()]);
      // Low, but above the credit line, which takes two lines on a phone since the basemap names' credits came.
      if ((at?.y ?? 0) + (at?.height ?? 0) / 2 > (box?.y ?? 0) + (box?.height ?? 0) * 0.6) break;
      await page.keyboard.press('ArrowUp');
      // The pan starts a frame later: read the position only once it has begun and ended.
      await page.waitForTimeout(300);
      await waitUntilStill(mosul);
    }
    expect(await isUncovered(page, 'Mosul, Iraq'), 'Mosul low on the map before the sheet is raised').toBe(true);
    await page.getByRole('button', { name: 'Raise' }).click();
    await waitUntilStill(featureButton(page, 'Mosul, Iraq'));
    expect(await isUncovered(page, 'Mosul, Iraq'), 'Mosul after raising the sheet').toBe(true);
    await page.screenshot({ path: 'test-results/screenshots/framing-mosul-390x844.png' });

    // Chosen from the raised sheet's list, after the map was moved away.
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByRole('navigation', { name: /Places/ }).getByRole('button', { name: 'Manchester Arena' }).click();
    await passagePanel(page).waitFor();
    await waitUntilStill(featureButton(page, 'Manchester Arena'));
    // Choosing a place lowered the sheet: raised again, for the next.
    await page.getByRole('button', { name: 'Raise' }).click();
    await page.getByRole('navigation', { name: /Places/ }).getByRole('button', { name: 'Mosul, Iraq' }).click();
    await waitUntilStill(featureButton(page, 'Mosul, Iraq'));
    expect(await isUncovered(page, 'Mosul, Iraq'), 'Mosul chosen from the sheet').toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
