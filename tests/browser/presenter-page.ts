/**
 * Helpers of the presenter view's browser tests: open the presenter window from the tour, and check
 * which stop each window shows, as a user sees it (by role and accessible name).
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import type { Tour } from '../../src/story/schema.ts';
import { passagePanel } from './story-page.ts';

/** The tour of geo/, as the app shows it. */
export const tour = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as Tour;
export const total = tour.stops.length;

/** The title of stop `n` (from 1). */
export function title(n: number): string {
  const stop = tour.stops[n - 1];
  if (!stop) throw new Error(`geo/tour.json has no stop ${n}`);
  return stop.title;
}

/** The audience window shows stop `n`: its address, and its title in the tour panel. */
export async function expectAudienceAt(page: Page, n: number) {
  await page.waitForFunction((hash) => location.hash === hash, `#/tour/${n}`, { timeout: 5000 });
  await passagePanel(page).getByRole('heading', { level: 2, name: title(n), exact: true }).waitFor({ timeout: 5000 });
}

/** The presenter window shows stop `n`: its address, "stop n of M" and its title. */
export async function expectPresenterAt(page: Page, n: number) {
  await page.getByText(`Now showing · stop ${n} of ${total}`, { exact: true }).waitFor({ timeout: 5000 });
  await page.getByRole('heading', { level: 2, name: title(n), exact: true }).waitFor({ timeout: 5000 });
  await page.waitForFunction((hash) => location.hash === hash, `#/presenter/${n}`, { timeout: 5000 });
}

/** Waits until the presenter window hears the audience window. */
export async function expectConnected(presenter: Page) {
  await presenter.getByRole('status').filter({ hasText: /^Audience window connected/ }).waitFor({ timeout: 5000 });
}

/** Starts the tour and opens the presenter view from its button; returns the presenter window. */
export async function openPresenter(context: BrowserContext, audience: Page): Promise<Page> {
  await audience.getByRole('button', { name: 'Present' }).click();
  await expectAudienceAt(audience, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), passagePanel(audience).getByRole('button', { name: 'Presenter view' }).click()]);
  await expectPresenterAt(presenter, 1);
  await expectConnected(presenter);
  return presenter;
}
