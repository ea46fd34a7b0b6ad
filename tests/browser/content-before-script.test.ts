import { describe, expect, inject, it } from 'vitest';
import { geoStory, openStory, useChromium } from './story-page.ts';

const story = geoStory();
const browser = useChromium();

describe('the page before any script', () => {
  it('reads with JavaScript off: the headline, the article, then every place with its passage', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(story.article.headline);
    await expect(page.getByText(/The map needs JavaScript/).isVisible()).resolves.toBe(true);
    await expect(page.getByText(story.article.standfirst, { exact: true }).first().isVisible()).resolves.toBe(true);
    const places = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    for (const feature of story.features) {
      // The heading is the name, then the date if any: "Bataclan theatre, Paris · 13 November 2015".
      const heading = new RegExp(`^${feature.properties.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`);
      const entry = places.getByRole('listitem').filter({ has: page.getByRole('heading', { name: heading }) });
      await expect(entry.isVisible(), feature.id).resolves.toBe(true);
      const marked = await entry.locator('mark').allTextContents();
      for (const quote of feature.properties.passage) expect(marked.join('\n'), `${feature.id}: ${quote}`).toContain(quote);
    }
    // The article's passages link to their places further down the page.
    await page.getByRole('link', { name: /On May 24, 2014, Mehdi Nemmouche/ }).click();
    await expect(page.getByRole('heading', { name: /^Jewish Museum of Belgium/ }).isVisible()).resolves.toBe(true);
    const top = await page.getByRole('heading', { name: /^Jewish Museum of Belgium/ }).evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    await expect(page.getByRole('region', { name: /^Map of the places/ }).count()).resolves.toBe(0);
    await context.close();
  });

  it('is taken over in place by the app: the same elements, no layout shift, no hydration error', async () => {
    const { page, context, errors } = await openStory(browser(), {
      before: (p) =>
        p.addInitScript(() => {
          const seen = window as unknown as { shifts: number[]; builtHeadline: Element | null };
          seen.shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) seen.shifts.push((entry as unknown as { value: number }).value);
          }).observe({ type: 'layout-shift', buffered: true });
          document.addEventListener('DOMContentLoaded', () => (seen.builtHeadline = document.querySelector('h1')));
        }),
    });
    await page.getByRole('button', { name: 'Bataclan theatre, Paris' }).waitFor();
    await page.waitForTimeout(1000);
    const { sameHeadline, shifts } = await page.evaluate(() => {
      const seen = window as unknown as { shifts: number[]; builtHeadline: Element | null };
      return { sameHeadline: seen.builtHeadline !== null && seen.builtHeadline === document.querySelector('h1'), shifts: seen.shifts };
    });
    expect(sameHeadline).toBe(true);
    expect(shifts).toEqual([]);
    expect(errors).toEqual([]);
    // And the page is the app's: the tabs answer.
    await page.getByRole('tab', { name: 'Places' }).click();
    await expect(page.getByRole('tab', { name: 'Places' }).getAttribute('aria-selected')).resolves.toBe('true');
    await context.close();
  });

  it('fetches the app only once the page has painted, so the two do not share a slow line', async () => {
    const { page, context } = await openStory(browser());
    await page.getByRole('button', { name: 'Bataclan theatre, Paris' }).waitFor();
    const { paint, script } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
      script: performance.getEntriesByType('resource').find((entry) => /\/assets\/index-[\w-]+\.js$/.test(entry.name))?.startTime ?? null,
    }));
    expect(paint).not.toBeNull();
    expect(script).not.toBeNull();
    expect(script ?? 0).toBeGreaterThan(paint ?? Number.POSITIVE_INFINITY);
    await context.close();
  });
});
