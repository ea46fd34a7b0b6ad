/**
 * Helpers of the browser tests: open the production build in Chromium, remember every request and
 * error, and act on map features as a user would (by role and accessible name).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './chromium.ts';
import { validateStory, type Story } from '../../src/story/validate-story.ts';
import { clickablePoint, waitUntilStill } from './feature-point.ts';

/** A 1x1 PNG, served in place of OpenStreetMap's tiles: the tests never reach the internet. */
export const TILE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/**
 * One Chromium for a test file: launched before its tests, closed after them. Call at the top of the
 * file; the returned function gives the browser inside tests.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return function chromium() {
    if (!browser) throw new Error('Chromium is not running: useChromium() starts it before the tests');
    return browser;
  };
}

/** The story in geo/, read the way the tests expect the app to show it. */
export function geoStory(): Story {
  const geo = new URL('../../geo/', import.meta.url);
  const files = Object.fromEntries(readdirSync(geo).map((name) => [name, readFileSync(new URL(name, geo), 'utf8')]));
  const result = validateStory(files, 'geo/');
  if (!result.ok) throw new Error(`geo/ is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.story;
}

/** An open page with what it requested and every error it raised. */
export interface StoryPage {
  page: Page;
  context: BrowserContext;
  requests: string[];
  errors: string[];
}

/** Options of `openStory`. */
export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** High-contrast mode: Windows' forced colours, and the "more contrast" preference. */
  highContrast?: boolean;
  /** Path and query after the base URL. */
  path?: string;
  /** Another build's address than the app's (the story at scale). */
  baseUrl?: string;
  /** Called before the page loads, e.g. to route requests. */
  before?: (page: Page) => Promise<unknown>;
  /** Wait for the story's features (default) or not (for error pages). */
  waitForFeatures?: boolean;
  /**
   * Let the service worker run (default). A test that makes the app's own files fail turns it off:
   * once it controls the page it would answer those requests itself, before any route sees them.
   */
  serviceWorker?: boolean;
}

export async function openStory(browser: Browser, options: OpenOptions = {}): Promise<StoryPage> {
  const { width = 1280, height = 800, reducedMotion = 'no-preference', highContrast = false, path = '', before, waitForFeatures = true, serviceWorker = true } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    reducedMotion,
    ...(highContrast && { forcedColors: 'active', contrast: 'more' }),
    serviceWorkers: serviceWorker ? 'allow' : 'block',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await before?.(page);
  await page.goto(`${options.baseUrl ?? inject('baseUrl')}${path}`);
  if (waitForFeatures) {
    await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached', timeout: 20_000 });
    // The map draws its features a few at a time, and says it is busy until all are there.
    await page.locator('.story-map:not([aria-busy])').waitFor({ timeout: 20_000 });
  }
  return { page, context, requests, errors };
}

/** The place's own button on the map, by its accessible name: absent while the place is part of a group. */
export function ownButton(page: Page, name: string): Locator {
  return page.getByRole('region', { name: /^Map of the places/ }).getByRole('button', { name, exact: true });
}

/** What shows a feature on the map: its own button, or the button of the group it is part of at this zoom. */
export function featureButton(page: Page, name: string): Locator {
  const inGroup = new RegExp(`[(;] ?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[;)]`);
  const map = page.getByRole('region', { name: /^Map of the places/ });
  return ownButton(page, name).or(map.getByRole('button', { name: inGroup }));
}

/**
 * Makes a place's own button show on the map: where it is part of a group at this zoom, opens the
 * group (Enter, as a keyboard user would) until the place stands on its own.
 */
export async function revealFeature(page: Page, name: string): Promise<Locator> {
  const target = ownButton(page, name);
  // Places are drawn a few at a time at first: until all are, a place may be in neither a group nor a button.
  await page.locator('.story-map.leaflet-container:not([aria-busy])').waitFor();
  for (let step = 0; step < 5 && (await target.count()) === 0; step += 1) {
    const groups = page.locator('.story-map [data-group-of]');
    const labels = await groups.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    const index = labels.findIndex((label) => new RegExp(`[(;] ?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[;)]`).test(label));
    if (index < 0) break;
    const group = groups.nth(index);
    await group.focus();
    await page.keyboard.press('Enter');
    // The group zooms in and hands focus on to its first place, or the smaller group that holds it.
    await page
      .waitForFunction(() => document.activeElement?.matches('[data-feature-id], [data-group-of]') ?? false, undefined, { timeout: 5_000 })
      .catch(async () => {
        const now = await page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.className} ${document.activeElement?.getAttribute('aria-label')}`);
        throw new Error(`opening the group of "${name}" (${labels[index]}) left focus on ${now}`);
      });
    await target.waitFor({ timeout: 2_500 }).catch(() => undefined);
  }
  // Until the zoom has ended: focus on a place brings it into view, which would stop the zoom half-way.
  if ((await target.count()) > 0) await waitUntilStill(target);
  return target;
}

/** Brings a feature into view as a keyboard user would (focus), then clicks it with the mouse. */
export async function clickFeature(page: Page, name: string): Promise<void> {
  const target = await revealFeature(page, name);
  // Focus brings a feature into view from the keyboard only (a click's own focus must not move the
  // map): a key first, as a reader who tabs to a place far off and then clicks it.
  await page.keyboard.press('Shift');
  await target.focus();
  await waitUntilStill(target);
  const { x, y } = await clickablePoint(target);
  await page.mouse.click(x, y);
}

/** The passage panel, as a screen reader finds it. */
export function passagePanel(page: Page): Locator {
  return page.getByRole('complementary', { name: /Passage/ });
}

/** The accessible name of whatever has focus. */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? null);
}

/** Whether the map's zoom-in button can be clicked where it shows: no panel lies over it. */
export async function zoomInReachable(page: Page): Promise<boolean> {
  const box = await page.locator('.leaflet-control-zoom-in').boundingBox();
  if (!box) return false;
  return page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.leaflet-control-zoom-in') !== null, [box.x + box.width / 2, box.y + box.height / 2] as const);
}
