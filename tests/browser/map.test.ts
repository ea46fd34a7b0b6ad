import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { clickFeature, featureButton, focusedName, geoStory, openStory, passagePanel, TILE_PNG } from './story-page.ts';

const story = geoStory();
const SCREENSHOTS = 'test-results/screenshots';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('the story map', () => {
  it('draws its features a few at a time, busy (aria-busy) until every one is there', async () => {
    const { page, context } = await openStory(browser, {
      waitForFeatures: false,
      before: (p) =>
        p.addInitScript(() => {
          const seen = window as unknown as { busy: { set: number; cleared: number; featuresWhenCleared: number } };
          seen.busy = { set: 0, cleared: 0, featuresWhenCleared: -1 };
          new MutationObserver((changes) => {
            for (const change of changes) {
              if (!(change.target instanceof Element) || !change.target.classList.contains('story-map')) continue;
              if (change.target.hasAttribute('aria-busy')) seen.busy.set += 1;
              else if (change.oldValue !== null) {
                seen.busy.cleared += 1;
                // Places that sit together at this zoom are drawn as one group, which lists them.
                const groups = [...document.querySelectorAll<HTMLElement>('[data-group-of]')].map((g) => g.dataset.groupOf?.split(' ').length ?? 0);
                seen.busy.featuresWhenCleared = document.querySelectorAll('[data-feature-id]').length + groups.reduce((a, b) => a + b, 0);
              }
            }
          }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'], attributeOldValue: true });
        }),
    });
    await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached' });
    await page.locator('.story-map.leaflet-container:not([aria-busy])').waitFor();
    const busy = await page.evaluate(() => (window as unknown as { busy: { set: number; cleared: number; featuresWhenCleared: number } }).busy);
    expect(busy.set).toBe(1);
    expect(busy.cleared).toBe(1);
    expect(busy.featuresWhenCleared).toBe(story.features.length);
    await context.close();
  });

  it('makes no request to any other host, with the basemap drawn and a passage and the article open', async () => {
    const { page, context, requests, errors } = await openStory(browser);
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    await clickFeature(page, 'Bataclan theatre, Paris');
    await page.getByRole('button', { name: 'Read in the article' }).click();
    await page.getByRole('region', { name: 'Article', exact: true }).waitFor();
    const origin = new URL(inject('baseUrl')).origin;
    const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets Tab reach every feature, flows included, each named after itself', async () => {
    const { page, context } = await openStory(browser);
    await page.getByRole('region', { name: /^Map of the places/ }).focus();
    const reached = new Set<string>();
    for (let i = 0; i < story.features.length + 5; i += 1) {
      await page.keyboard.press('Tab');
      const [id, group] = await page.evaluate(() => {
        const data = (document.activeElement as HTMLElement | SVGElement | null)?.dataset;
        return [data?.featureId ?? null, data?.groupOf ?? null];
      });
      if (id) {
        reached.add(id);
        const feature = story.features.find((f) => f.id === id);
        expect(await focusedName(page)).toBe(feature?.properties.name);
      }
      // Places that sit together at this zoom are one group, named after each of them.
      for (const member of group?.split(' ') ?? []) {
        reached.add(member);
        const feature = story.features.find((f) => f.id === member);
        expect(await focusedName(page)).toContain(`${feature?.properties.name}`);
      }
    }
    expect([...reached].sort()).toEqual(story.features.map((f) => f.id).sort());
    await context.close();
  });

  it('shows the whole article with the passage in view, and Esc steps back to the passage, then to the map', async () => {
    const { page, context } = await openStory(browser);
    const nice = story.features.find((f) => f.id === 'nice-promenade');
    await clickFeature(page, 'Promenade des Anglais, Nice');
    await page.getByRole('button', { name: 'Read in the article' }).click();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    await reader.waitFor();
    expect(await reader.getByRole('heading', { level: 2 }).textContent()).toBe(story.article.headline);
    expect(await reader.locator('p').count()).toBeGreaterThanOrEqual(13);
    const focused = page.locator(':focus');
    expect(await focused.textContent()).toContain(nice?.properties.passage[1]);
    await page.waitForTimeout(700);
    const [readerBox, paragraphBox] = [await reader.boundingBox(), await focused.boundingBox()];
    expect(paragraphBox && readerBox && paragraphBox.y >= readerBox.y && paragraphBox.y < readerBox.y + readerBox.height).toBe(true);
    expect(await reader.locator('mark').allTextContents()).toEqual(nice?.properties.passage);
    await page.keyboard.press('Escape');
    expect(await focusedName(page)).toBe('Read in the article');
    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached' });
    expect(await focusedName(page)).toBe('Promenade des Anglais, Nice');
    await context.close();
  });

  it('stays on the embedded basemap and says so when online tiles cannot load', async () => {
    const { page, context, errors } = await openStory(browser, {
      before: (p) => p.route('https://tile.openstreetmap.org/**', (route) => route.abort('internetdisconnected')),
    });
    const toggle = page.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' });
    expect(await toggle.isChecked()).toBe(false);
    // A click, not check(): the box unticks itself as soon as the tiles fail.
    await toggle.click();
    await page.getByRole('status').getByText('Online map tiles could not be loaded, so the map shows its built-in basemap.').waitFor();
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    // The embedded basemap is drawn again once the tiles have failed (its canvas made anew): awaited, not counted at once.
    await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
    await clickFeature(page, 'Manchester Arena');
    await passagePanel(page).waitFor();
    expect(errors.filter((e) => !e.includes('tile.openstreetmap.org') && !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await context.close();
  });

  it('keeps working while the tile host is slow, says so, and gives up on it after a while', async () => {
    const { page, context, errors } = await openStory(browser, {
      // A host that takes the request and never answers, as a choked school network does.
      before: (p) => p.route('https://tile.openstreetmap.org/**', () => new Promise<void>(() => undefined)),
    });
    const toggle = page.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' });
    await toggle.click();
    const notices = page.locator('.notices');
    await notices.getByText('Loading online map tiles…').waitFor();
    // Meanwhile, the map works as before.
    await clickFeature(page, 'Manchester Arena');
    await passagePanel(page).waitFor();
    await page.keyboard.press('Escape');
    await notices.getByText('Online map tiles could not be loaded, so the map shows its built-in basemap.').waitFor({ timeout: 15_000 });
    expect(await notices.getByText('Loading online map tiles…').count()).toBe(0);
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    // The embedded basemap is drawn again once the tiles have failed (its canvas made anew): awaited, not counted at once.
    await expect.poll(() => page.locator('.leaflet-basemap-pane canvas').count()).toBe(1);
    await clickFeature(page, 'Raqqa, Syria');
    await passagePanel(page).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('credits OpenStreetMap when its tiles are on', async () => {
    const { page, context } = await openStory(browser, {
      before: (p) => p.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG })),
    });
    await page.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' }).check();
    await page.locator('.leaflet-control-attribution').getByRole('link', { name: 'OpenStreetMap' }).waitFor();
    expect(await page.getByText('could not be loaded').count()).toBe(0);
    await context.close();
  });

  it('shows a clear message naming the file and feature when the story data is bad', async () => {
    const { page, context } = await openStory(browser, {
      waitForFeatures: false,
      serviceWorker: false,
      before: (p) =>
        p.route('**/assets/attacks-*.js', async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('48.8631', '148.8631');
          await route.fulfill({ response, body });
        }),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'geo/attacks.geojson, feature "paris-bataclan": geometry.coordinates: latitude 148.8631 is outside -90..90',
    );
    await context.close();
  });

  it('shows a clear message when a story file cannot be loaded', async () => {
    const { page, context } = await openStory(browser, {
      waitForFeatures: false,
      serviceWorker: false,
      before: (p) => p.route('**/assets/flows-*.js', (route) => route.abort()),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/geo\/flows\.geojson: could not be loaded/);
    await context.close();
  });

  it('shows the places on a plain background, and says so, when the basemap cannot load', async () => {
    const { page, context } = await openStory(browser, {
      serviceWorker: false,
      before: (p) => p.route('**/assets/countries-50m-*', (route) => route.abort()),
    });
    await page.getByRole('status').getByText('The built-in map could not be loaded').waitFor();
    await clickFeature(page, 'Raqqa, Syria');
    await passagePanel(page).waitFor();
    await context.close();
  });
});

describe('screenshots', () => {
  for (const [width, height] of [
    [1280, 800],
    [390, 844],
    [1920, 1080],
  ] as const) {
    it(`are saved at ${width}x${height}, first view and a passage`, async () => {
      const { page, context } = await openStory(browser, { width, height });
      await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${SCREENSHOTS}/first-view-${width}x${height}.png` });
      await clickFeature(page, 'Brussels Airport, Zaventem');
      await passagePanel(page).waitFor();
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${SCREENSHOTS}/passage-${width}x${height}.png` });
      expect(await featureButton(page, 'Brussels Airport, Zaventem').getAttribute('aria-current')).toBe('true');
      await context.close();
    });
  }
});
