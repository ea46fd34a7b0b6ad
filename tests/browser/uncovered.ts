/**
 * Whether a feature is drawn where nothing covers it (the passage or tour panel, the key, the zoom
 * buttons, the credit, the map's edges), or is named among the chosen places off the view with an
 * arrow to it: read from the real page, for the framing tests.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { featureButton, passagePanel } from './story-page.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels a place's symbol centre (or a line's end) must be clear of an edge or a covering. */
export const CLEAR = 10;

/** What covers the map now: the passage or tour panel, the key, the zoom buttons, the credit. */
export async function coverings(page: Page): Promise<Box[]> {
  const locators = [
    passagePanel(page),
    page.getByRole('complementary', { name: 'Layers and key' }),
    page.getByRole('button', { name: 'Zoom in', exact: true }),
    page.getByRole('button', { name: 'Zoom out', exact: true }),
    // The credit line has no role of its own: its links name it.
    page.getByRole('link', { name: 'Leaflet' }).locator('..'),
  ];
  const boxes = await Promise.all(locators.map(async (l) => ((await l.count()) > 0 && (await l.first().isVisible()) ? l.first().boundingBox() : null)));
  return boxes.filter((b) => b !== null);
}

/** Where a feature is drawn: a symbol's centre, or both ends of a line. */
export async function drawnPoints(page: Page, name: string): Promise<{ x: number; y: number }[]> {
  return featureButton(page, name).evaluate((element) => {
    if (element instanceof SVGPathElement) {
      const matrix = element.getScreenCTM();
      if (!matrix) return [];
      const ends = [element.getPointAtLength(0), element.getPointAtLength(element.getTotalLength())];
      return ends.map((p) => ({ x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f }));
    }
    const box = element.getBoundingClientRect();
    return [{ x: box.left + box.width / 2, y: box.top + box.height / 2 }];
  });
}

/** Whether every drawn point of the feature lies in the map, clear of its edges and of what covers it. */
export async function isUncovered(page: Page, name: string): Promise<boolean> {
  const map = await page.getByRole('region', { name: /^Map of the places/ }).boundingBox();
  if (!map) return false;
  const covers = await coverings(page);
  const clearOf = (p: { x: number; y: number }, b: Box) => p.x < b.x - CLEAR || p.x > b.x + b.width + CLEAR || p.y < b.y - CLEAR || p.y > b.y + b.height + CLEAR;
  const inMap = (p: { x: number; y: number }) => p.x >= map.x + CLEAR && p.x <= map.x + map.width - CLEAR && p.y >= map.y + CLEAR && p.y <= map.y + map.height - CLEAR;
  const points = await drawnPoints(page, name);
  if (process.env.DEBUG_FRAMING) console.log('DBG', name, JSON.stringify(points), JSON.stringify(map), JSON.stringify(covers));
  return points.length > 0 && points.every((p) => inMap(p) && covers.every((b) => clearOf(p, b)));
}

/**
 * The arrow to a place off the view, by its accessible name: the name it shows first ("U.S. submarines,
 * North Korea, off the view to the east"), the place's full name last where that is longer ("…: show
 * Two U.S. nuclear submarines near North Korea").
 */
export function offViewArrow(page: Page, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByRole('group', { name: 'Chosen places off the view' }).getByRole('button', { name: new RegExp(`^${escaped}, off the view|: show ${escaped}$`) });
}

/** The full names of the places the arrows off the view lead to, read from their accessible names. */
export async function offViewNames(page: Page): Promise<string[]> {
  const labels = await page.locator('.off-view-mark').evaluateAll((marks) => marks.map((m) => m.getAttribute('aria-label') ?? ''));
  return labels.map((label) => /: show (.*)$/.exec(label)?.[1]?.replace(/^it$/, '') || label.replace(/, off the view.*$/, ''));
}

/** Each place is drawn uncovered or has its arrow; returns the names of those with arrows. */
export async function expectSeenOrListed(page: Page, names: readonly string[], where: string): Promise<string[]> {
  const listed: string[] = [];
  for (const name of names) {
    // The arrows are worked out once the camera has stopped.
    const seen = async () => ((await isUncovered(page, name)) ? 'in view' : (await offViewArrow(page, name).count()) === 1 ? 'listed' : 'neither');
    await expect.poll(seen, { message: `${where}: ${name} is neither in view and uncovered nor listed off the view`, timeout: 3000 }).not.toBe('neither');
    if ((await seen()) === 'listed') listed.push(name);
  }
  return listed;
}
