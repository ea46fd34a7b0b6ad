import AxeBuilder from '@axe-core/playwright';
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Tour } from '../../src/story/schema.ts';
import { waitUntilStill } from './feature-point.ts';
import { featureButton, openStory, passagePanel, useChromium } from './story-page.ts';

const tour = JSON.parse(readFileSync(new URL('../../geo/tour.json', import.meta.url), 'utf8')) as Tour;
const total = tour.stops.length;
const browser = useChromium();
const SINGLE = 'dist-single/index.html';

function title(n: number): string {
  const stop = tour.stops[n - 1];
  if (!stop) throw new Error(`geo/tour.json has no stop ${n}`);
  return stop.title;
}

/** The audience window shows stop `n`: its address, and its title in the tour panel. */
async function expectAudienceAt(page: Page, n: number) {
  await page.waitForFunction((hash) => location.hash === hash, `#/tour/${n}`, { timeout: 5000 });
  await passagePanel(page).getByRole('heading', { level: 2, name: title(n), exact: true }).waitFor({ timeout: 5000 });
}

/** The presenter window shows stop `n`: its address, "stop n of M" and its title. */
async function expectPresenterAt(page: Page, n: number) {
  await page.getByText(`Now showing · stop ${n} of ${total}`, { exact: true }).waitFor({ timeout: 5000 });
  await page.getByRole('heading', { level: 2, name: title(n), exact: true }).waitFor({ timeout: 5000 });
  await page.waitForFunction((hash) => location.hash === hash, `#/presenter/${n}`, { timeout: 5000 });
}

/** Waits until the presenter window hears the audience window. */
async function expectConnected(presenter: Page) {
  await presenter.getByRole('status').filter({ hasText: /^Audience window connected/ }).waitFor({ timeout: 5000 });
}

/** Starts the tour and opens the presenter view from its button; returns the presenter window. */
async function openPresenter(context: BrowserContext, audience: Page): Promise<Page> {
  await audience.getByRole('button', { name: 'Present' }).click();
  await expectAudienceAt(audience, 1);
  const [presenter] = await Promise.all([context.waitForEvent('page'), passagePanel(audience).getByRole('button', { name: 'Presenter view' }).click()]);
  await expectPresenterAt(presenter, 1);
  await expectConnected(presenter);
  return presenter;
}

/** PageDown in one window moves both, then in the other; a reload of either carries on at the same stop. */
async function driveBothWays(context: BrowserContext, audience: Page, presenter: Page) {
  for (let n = 1; n < total; n += 1) {
    const from = n % 2 === 1 ? presenter : audience;
    await from.keyboard.press('PageDown');
    await expectAudienceAt(audience, n + 1);
    await expectPresenterAt(presenter, n + 1);
  }
  await audience.keyboard.press('PageUp');
  await expectPresenterAt(presenter, total - 1);
  await presenter.keyboard.press('PageUp');
  await expectAudienceAt(audience, total - 2);

  // The reloaded audience window has no reference to the presenter's: the presenter's heartbeat finds it.
  const at = total - 2;
  await audience.reload();
  await expectAudienceAt(audience, at);
  await expectConnected(presenter);
  await audience.keyboard.press('PageUp');
  await expectPresenterAt(presenter, at - 1);
  await presenter.keyboard.press('PageUp');
  await expectAudienceAt(audience, at - 2);

  await presenter.reload();
  await expectPresenterAt(presenter, at - 2);
  await expectConnected(presenter);
  await presenter.keyboard.press('PageUp');
  await expectAudienceAt(audience, at - 3);
  await audience.keyboard.press('PageDown');
  await expectPresenterAt(presenter, at - 2);
  expect(context.pages()).toHaveLength(2);
}

describe('the presenter view', () => {
  it('served: opens beside the tour, keeps both windows on one stop, and survives a reload of either', async () => {
    const { page: audience, context, errors } = await openStory(browser());
    context.on('weberror', (error) => errors.push(error.error().message));
    const presenter = await openPresenter(context, audience);
    await driveBothWays(context, audience, presenter);

    await presenter.getByRole('navigation', { name: 'All stops' }).getByRole('button', { name: `7 ${title(7)}` }).click();
    await expectAudienceAt(audience, 7);
    await presenter.keyboard.press('b');
    await audience.locator('.blank-screen').waitFor();
    await presenter.getByRole('button', { name: 'Blank the class screen', pressed: true }).waitFor();
    await presenter.keyboard.press('x');
    await audience.locator('.blank-screen').waitFor({ state: 'detached' });

    await presenter.close();
    const [reopened] = await Promise.all([context.waitForEvent('page'), audience.keyboard.press('p')]);
    await expectPresenterAt(reopened, 7);
    await expectConnected(reopened);
    await reopened.keyboard.press('End');
    await expectAudienceAt(audience, total);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('from the single file on disk with every network request refused, the same', async () => {
    if (!existsSync(SINGLE)) throw new Error(`${SINGLE} is missing: \`npm test\` builds it (npm run build:single)`);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 } });
    const refused: string[] = [];
    await context.route('**', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
      refused.push(url);
      return route.abort();
    });
    const audience = await context.newPage();
    await audience.goto(pathToFileURL(SINGLE).href);
    const presenter = await openPresenter(context, audience);
    expect(new URL(presenter.url()).protocol).toBe('file:');
    await driveBothWays(context, audience, presenter);
    expect(refused).toEqual([]);
    await context.close();
  });

  it('shows the teacher’s notes and the next stop to the presenter only, and axe finds nothing in it', async () => {
    const { page: audience, context } = await openStory(browser());
    const presenter = await openPresenter(context, audience);
    const withNotes = tour.stops.findLastIndex((stop) => stop.notes) + 1;
    const notes = tour.stops[withNotes - 1]?.notes;
    if (!notes) throw new Error('geo/tour.json has no stop with notes');
    await presenter.getByRole('button', { name: `${withNotes} ${title(withNotes)}` }).click();
    await expectAudienceAt(audience, withNotes);
    const notesRegion = presenter.getByRole('region', { name: 'Your notes · not shown to the class' });
    expect(await notesRegion.getByText(notes, { exact: true }).isVisible()).toBe(true);
    expect(await audience.getByText(notes).count()).toBe(0);
    const next = presenter.getByRole('region', { name: 'Next' });
    expect(await next.getByText(`${withNotes + 1}. ${title(withNotes + 1)}`, { exact: true }).isVisible()).toBe(true);
    await next.locator('svg.stop-preview path').first().waitFor({ state: 'attached' });
    expect(await presenter.getByText(/^\d+:\d\d$/).count()).toBe(2);
    await presenter.screenshot({ path: 'test-results/screenshots/presenter-1280x800.png' });

    const result = await new AxeBuilder({ page: presenter }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await context.close();
  });

  it('mirrors the pen and the pointer on the class map in the presenter view; the map does not pan while drawing', async () => {
    const { page: audience, context, errors } = await openStory(browser());
    const presenter = await openPresenter(context, audience);
    const place = featureButton(audience, 'Manchester Arena');
    await waitUntilStill(place);
    const box = await audience.getByRole('region', { name: /^Map of the places/ }).boundingBox();
    if (!box) throw new Error('no map');
    async function draw() {
      await audience.mouse.move(box!.x + 80, box!.y + 120);
      await audience.mouse.down();
      for (let step = 1; step <= 10; step += 1) await audience.mouse.move(box!.x + 80 + step * 20, box!.y + 120 + step * 12);
      await audience.mouse.up();
    }
    await audience.keyboard.press('d');
    await audience.getByRole('status').filter({ hasText: /^Pen on/ }).waitFor();
    const before = await place.boundingBox();
    await draw();
    await presenter.locator('.preview-ink').waitFor({ state: 'attached' });
    expect(await place.boundingBox()).toEqual(before);
    await presenter.getByText('1 stroke drawn', { exact: true }).waitFor();
    await audience.keyboard.press('c');
    await presenter.getByText('Nothing drawn', { exact: true }).waitFor();

    await audience.keyboard.down('l');
    await audience.mouse.move(box.x + 200, box.y + 200);
    await presenter.locator('.preview-pointer').waitFor({ state: 'attached' });
    await audience.keyboard.up('l');
    await presenter.locator('.preview-pointer').waitFor({ state: 'detached' });

    await draw();
    await presenter.getByText('1 stroke drawn', { exact: true }).waitFor();
    await audience.keyboard.press('d');
    await audience.getByRole('status').filter({ hasText: 'Pen off.' }).waitFor();
    await audience.keyboard.press('PageDown');
    await expectPresenterAt(presenter, 2);
    await presenter.getByText('Nothing drawn', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
