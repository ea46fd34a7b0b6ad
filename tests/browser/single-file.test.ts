import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { clickFeature, geoStory, passagePanel } from './story-page.ts';

const story = geoStory();
const SINGLE = 'dist-single';
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${SINGLE}/index.html`)) throw new Error(`${SINGLE}/index.html is missing: \`npm test\` builds it (npm run build:single)`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the single offline file', () => {
  it('is one file', () => {
    expect(readdirSync(SINGLE)).toEqual(['index.html']);
  });

  it('works opened from disk (file://) with no network: the map, its features and a passage', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const requests: string[] = [];
    const errors: string[] = [];
    // Anything but the file itself (and data: URLs inside it) is a request the file should not make.
    await context.route(/^(?!file:|data:)/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requests.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const url = pathToFileURL(`${SINGLE}/index.html`).href;
    await page.goto(url);
    const bataclan = story.features.find((f) => f.id === 'paris-bataclan');
    if (!bataclan) throw new Error('geo/ has no paris-bataclan');
    await clickFeature(page, bataclan.properties.name);
    const panel = passagePanel(page);
    await expect(panel.getByRole('heading', { name: bataclan.properties.name }).isVisible()).resolves.toBe(true);
    await expect(panel.locator('mark').allTextContents().then((marks) => marks.join(' '))).resolves.toContain(bataclan.properties.passage[0]);
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    // The basemap's names and rivers are inside the file too: still credited, with nothing fetched.
    await expect(page.getByText('Cities: GeoNames (CC BY 4.0)').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    expect([...new Set(requests)]).toEqual([url]);
    await context.close();
  });
});
