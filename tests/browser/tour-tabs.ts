/** The tour as the keyboard drives it: focus kept in the tour panel, Tab kept off the rest of the map. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { passagePanel } from './story-page.ts';

/** Where focus is: in the tour panel, on one of the map's places (its id or group), or elsewhere (its tag). */
function focusIsAt(page: Page): Promise<string> {
  return page.evaluate(() => {
    const at = document.activeElement;
    if (at?.closest('.tour-panel')) return 'panel';
    if (at instanceof HTMLElement && (at.dataset.featureId || at.dataset.groupOf)) return `place ${at.dataset.featureId ?? at.dataset.groupOf}`;
    return at?.tagName.toLowerCase() ?? 'nothing';
  });
}

/** Where the map shows the stop's first place: its symbol's (or group's) box on the screen. */
function mapView(page: Page, place: string): Promise<string> {
  return page.evaluate((id) => {
    const symbol = [...document.querySelectorAll<HTMLElement>('.story-map [data-feature-id], .story-map [data-group-of]')].find((e) => e.dataset.featureId === id || (e.dataset.groupOf ?? '').split(' ').includes(id));
    const box = symbol?.getBoundingClientRect();
    return box ? [box.left, box.top, box.width].map(Math.round).join(',') : 'not drawn';
  }, place);
}

/**
 * After PageDown and PageUp (in the order given), focus is in the tour panel; five Tabs from "Next" go
 * round the panel's controls and the stop's own places, never to the page's body, and leave the map
 * where the stop put it. `stopPlaces` are the ids of the places of the stop the keys end on.
 */
export async function expectTourKeepsTheKeyboard(page: Page, stopPlaces: readonly string[], keys: readonly string[] = ['PageDown', 'PageUp']): Promise<void> {
  for (const key of keys) {
    await page.keyboard.press(key);
    await expect.poll(() => focusIsAt(page), { timeout: 5_000 }).toBe('panel');
  }
  // The map still, after the stop's flight.
  const first = stopPlaces[0] ?? '';
  let view = '';
  await expect.poll(async () => {
    const before = await mapView(page, first);
    await page.waitForTimeout(500);
    view = await mapView(page, first);
    return before === view && view !== 'not drawn';
  }, { timeout: 10_000 }).toBe(true);
  // "Next", or at the last stop "Previous" (Next is disabled there).
  const next = passagePanel(page).getByRole('button', { name: 'Next' });
  await ((await next.isDisabled()) ? passagePanel(page).getByRole('button', { name: 'Previous' }) : next).focus();
  const reached: string[] = [];
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    const at = await focusIsAt(page);
    reached.push(at);
    expect(at === 'panel' || (at.startsWith('place ') && at.slice(6).split(' ').some((id) => stopPlaces.includes(id))), reached.join(' → ')).toBe(true);
  }
  expect(reached.some((at) => at.startsWith('place ')), reached.join(' → ')).toBe(true);
  await page.waitForTimeout(500);
  expect(await mapView(page, first)).toBe(view);
}
