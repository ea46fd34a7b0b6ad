import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { expectAudienceAt, expectConnected, expectPresenterAt, openPresenter, title, total, tour } from './presenter-page.ts';
import { openStory, useChromium } from './story-page.ts';

const browser = useChromium();
const SINGLE = 'dist-single/index.html';

/**
 * Presses P in the audience window until a presenter window opens: a window closed a moment ago may
 * not yet read as closed there, and P then only brings it forward, as it does an open one.
 */
async function reopenWithP(context: BrowserContext, audience: Page): Promise<Page> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const opened = context.waitForEvent('page', { timeout: 2000 }).catch(() => null);
    await audience.keyboard.press('p');
    const page = await opened;
    if (page) return page;
  }
  throw new Error('P in the audience window opened no presenter window');
}

/** Waits until the class window holds no key press or click of its own (Chromium keeps one 5 s): a request for full screen then needs the presenter's. */
async function classWindowIdle(audience: Page) {
  await audience.waitForFunction(() => !navigator.userActivation.isActive, undefined, { timeout: 10_000, polling: 250 });
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
    // Until the presenter hears that the screen is back, a key there only brings it back (the F of earlier, flaky runs).
    await presenter.getByRole('button', { name: 'Blank the class screen', pressed: false }).waitFor();
    // F in the presenter window lends its key press to the audience window, which goes full screen: once
    // the audience window's own last key press has expired (5 s in Chromium), as at a teacher's laptop.
    await classWindowIdle(audience);
    await presenter.keyboard.press('f');
    await audience.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 5000 });
    await presenter.keyboard.press('f');
    await audience.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 5000 });
    expect(await audience.getByRole('alert').filter({ hasText: 'Press F here for full screen' }).count()).toBe(0);
    await presenter.close();
    const reopened = await reopenWithP(context, audience);
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

    // From a file, no browser lets one window make another full screen: the class window says how.
    await presenter.getByText('press F in the class window', { exact: false }).waitFor();
    await classWindowIdle(audience);
    await presenter.keyboard.press('f');
    const notice = audience.getByRole('alert').filter({ hasText: 'Press F here for full screen' });
    await notice.waitFor();
    expect(await audience.evaluate(() => document.fullscreenElement)).toBeNull();
    await audience.keyboard.press('f');
    await audience.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 5000 });
    await notice.waitFor({ state: 'detached' });
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
});
