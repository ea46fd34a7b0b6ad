/**
 * The basemap's names and rivers in the served build: credited on the map, and fetched once, after
 * the page has painted, from the page's own origin, as a JSON file of the build.
 */
import type { Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { featureButton, openStory, useChromium } from './story-page.ts';

const chromium = useChromium();
const CREDITS = ['Cities: GeoNames (CC BY 4.0)', 'Rivers: Natural Earth'];

describe('the basemap names and rivers', () => {
  it('are credited in the map\'s attribution, beside the countries', async () => {
    const { page, context } = await openStory(chromium());
    const map = page.getByRole('region', { name: /^Map of the places/ });
    for (const credit of ['Countries: Natural Earth', ...CREDITS]) await expect(map.getByText(credit).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('are one JSON file fetched once from the page\'s own origin, and nothing from any other host', async () => {
    let labelsResponse: Promise<Response> | undefined;
    const { page, context, requests, errors } = await openStory(chromium(), {
      serviceWorker: false,
      before: async (p) => {
        labelsResponse = p.waitForResponse(/\/assets\/basemap-labels-[\w-]+\.json$/, { timeout: 20_000 });
      },
    });
    const response = await (labelsResponse as Promise<Response>);
    expect(response.status()).toBe(200);
    const data = (await response.json()) as { labels: { name: string; story?: true }[]; rivers: { name: string }[]; credits: string[] };
    expect(data.labels.some((l) => l.name === 'Raqqa')).toBe(true);
    // Ranked for the story the build was given: its countries and cities are marked.
    expect(data.labels.find((l) => l.name === 'Belgium')?.story).toBe(true);
    expect(data.labels.find((l) => l.name === 'Stockholm')?.story).toBeUndefined();
    expect(data.rivers.map((r) => r.name)).toContain('Tigris');
    expect(data.credits).toEqual(CREDITS);
    // The rivers are drawn from it: let any other asking for it be made too.
    await page.waitForTimeout(500);
    const origin = new URL(inject('baseUrl')).origin;
    // The names themselves (the module that loads them may be a chunk of its own, shared with the print).
    const labelFiles = requests.filter((url) => /basemap-labels-[\w-]+\.json/.test(url));
    expect(labelFiles).toEqual([response.url()]);
    // After the countries: the names wait for the land to be drawn.
    expect(requests.findIndex((url) => /countries-50m/.test(url))).toBeLessThan(requests.indexOf(response.url()));
    expect(new URL(response.url()).origin).toBe(origin);
    expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drop their credits, and the map goes on, when the file cannot be loaded', async () => {
    const { page, context, errors } = await openStory(chromium(), {
      serviceWorker: false,
      before: (p) => p.route('**/assets/basemap-labels-*', (route) => route.abort()),
    });
    const map = page.getByRole('region', { name: /^Map of the places/ });
    await map.getByText(CREDITS[0] ?? '').waitFor({ state: 'detached', timeout: 20_000 });
    await expect(map.getByText('Countries: Natural Earth').isVisible()).resolves.toBe(true);
    await expect(featureButton(page, 'Manchester Arena').isVisible()).resolves.toBe(true);
    expect(errors.filter((e) => !/basemap-labels|ERR_FAILED/.test(e))).toEqual([]);
    await context.close();
  });
});
