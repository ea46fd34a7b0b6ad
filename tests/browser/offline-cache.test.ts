import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { launchChromium } from './chromium.ts';
import { clickFeature, geoStory, passagePanel } from './story-page.ts';

const story = geoStory();
let browser: Browser;
// A server of this test's own, so that it can be shut down between the two visits.
let server: PreviewServer;
let baseUrl: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  baseUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a second visit', () => {
  it('works with the server gone and the network off: the page, the basemap, the features, a passage', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached' });
    // The offline copy is ready when the service worker controls the page and holds every file.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await server.close();
    await context.setOffline(true);

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const feature = story.features.find((f) => f.id === 'manchester-arena');
    if (!feature) throw new Error('geo/ has no manchester-arena');
    await clickFeature(page, feature.properties.name);
    await expect(passagePanel(page).locator('mark').allTextContents().then((marks) => marks.join(' '))).resolves.toContain(feature.properties.passage[0]);
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    await expect(page.getByText(/could not be loaded/).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
