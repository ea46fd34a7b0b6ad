/**
 * The printed handouts, in Chromium's print media: the places handout prints each part of the article
 * once, the places beyond the map named as such; the tour handouts carry the stops and questions,
 * and the teacher's copy the notes.
 */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { noteSentences } from '../../src/print/fact-notes.ts';
import { FLOW_LABELS } from '../../src/story/layers.ts';
import { countOccurrences, partsQuoted } from '../../src/story/passages.ts';
import { geoStory, openStory, useChromium } from './story-page.ts';

const story = geoStory();
const browser = useChromium();
const OFF_MAP = ['San Bernardino, California', 'Pulse nightclub, Orlando', 'Suburbs of Melbourne, Australia'];

/** The handout's text as printed (what print media hides left out), without the places' numbers after each sentence. */
async function printedText(page: Page): Promise<string> {
  const text = await page.getByRole('region', { name: 'Handout' }).innerText();
  return text.replace(/\s*\[\d+(, \d+)*\]/g, '').replace(/\s+/g, ' ');
}

/** Chooses a handout from the Print… menu, with the browser's print dialog stubbed. */
async function choose(page: Page, handout: string) {
  await page.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
  await page.getByRole('tab', { name: 'Places' }).click();
  await page.getByRole('button', { name: 'Print…' }).click();
  await page.getByRole('button', { name: handout }).click();
  await expect.poll(() => page.evaluate('window.__printed')).toBe(1);
}

/**
 * Prints a handout chosen from the Print… menu on `format` paper, as a teacher would, and gives the
 * PDF's pages. Chosen again for each printing: once printed, the page goes back to the places handout.
 */
async function printedPages(page: Page, handout: string, format: 'A4' | 'Letter', maps: number): Promise<number> {
  await page.emulateMedia({ media: 'screen' });
  await choose(page, handout);
  await page.emulateMedia({ media: 'print' });
  // Its `maps` printed maps, each with its land, drawn once the page is idle.
  const drawn = (count: number) => {
    const printed = [...document.querySelectorAll('.print-map')];
    return printed.length === count && printed.every((map) => map.querySelector(':scope > g > path'));
  };
  await page.waitForFunction(drawn, maps, { timeout: 10_000 });
  const name = handout.toLowerCase().replace(/[^a-z]+/g, '-');
  return pageCount(await page.pdf({ path: `test-results/screenshots/handout-${name}-${format}.pdf`, format }));
}

/** The pages of a PDF Chromium printed: its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/** Every sentence of every place's fact note. */
const noteSentencesOfStory = () => [...new Set(story.features.flatMap((f) => noteSentences(f.properties.note ?? '')))];

describe('the printed handouts', () => {
  it('"Places with fact notes" prints each sentence of the notes once, and each place names its notes', async () => {
    const { page, context } = await openStory(browser(), { serviceWorker: false });
    await choose(page, 'Places with fact notes');
    await page.emulateMedia({ media: 'print' });
    const text = await printedText(page);
    const sentences = noteSentencesOfStory();
    expect(sentences.length).toBeGreaterThan(30);
    for (const sentence of sentences) expect(countOccurrences(text, sentence), sentence).toBe(1);
    // The four returning fighters' lines share one note, and each has its own count.
    const fighters = story.features.filter((f) => /^Fighters returning to/.test(f.properties.name));
    expect(fighters).toHaveLength(4);
    const shared = page.getByRole('region', { name: 'Handout' }).locator('.print-fact-notes li').filter({ hasText: 'Lines run from Mosul and Raqqa' });
    expect(await shared.count()).toBe(1);
    expect(await shared.innerText()).toMatch(/^Places \d+, \d+, \d+, \d+:/);
    expect(text).toMatch(/Bataclan theatre, Paris · 13 November 2015 ¶2 · fact note \d+/);
    // Printed on either paper: the map, the list and the notes, no more.
    for (const format of ['A4', 'Letter'] as const) expect(await printedPages(page, 'Places with fact notes', format, 1), format).toBeLessThanOrEqual(5);
    await context.close();
  });

  it('the class handout prints each part of the article once, at normal weight, in at most 4 pages of A4 or Letter, with a full key and no fact note', async () => {
    const { page, context } = await openStory(browser(), { width: 1000, height: 1400 });
    // Ctrl+P once the page has been idle a moment: the map made at beforeprint is printed there and
    // then, with the land and the names loaded ahead (the outlines fetched a second time, for print).
    await page.waitForFunction(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('countries-50m')).length >= 2, undefined, { timeout: 20_000 });
    await page.waitForTimeout(300);
    await page.evaluate(() => window.addEventListener('afterprint', () => Object.assign(window, { printedMap: [document.querySelectorAll('.print-map > g > path').length, document.querySelectorAll('.print-map .print-label').length] }), { once: true }));
    await page.pdf({ format: 'A4' });
    const [land = 0, names = 0] = (await page.evaluate('window.printedMap')) as number[];
    expect(land, 'the printed land').toBeGreaterThan(0);
    expect(names, 'the printed names').toBeGreaterThan(20);
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Handout' });
    expect(await handout.getByRole('list', { name: /^Places/ }).getByRole('listitem').count()).toBe(story.features.length);
    const text = await printedText(page);
    const quoted = partsQuoted(story.parts, story.features.flatMap((f) => f.properties.passage));
    expect(quoted.length).toBeGreaterThan(10);
    for (const part of quoted) expect(countOccurrences(text, part.text.replace(/\s+/g, ' ')), part.id).toBe(1);
    // Nor is any place's sentence printed again under the place.
    for (const quote of new Set(story.features.flatMap((f) => f.properties.passage))) expect(countOccurrences(text, quote.replace(/\s+/g, ' ')), quote).toBe(1);
    const bataclan = handout.getByRole('list', { name: /^Places/ }).getByRole('listitem').filter({ hasText: 'Bataclan theatre, Paris' });
    expect(await bataclan.innerText()).toMatch(/¶2\b/);
    expect(text.split(' ').length).toBeLessThan(4000);
    mkdirSync('test-results/screenshots', { recursive: true });
    // The land, drawn once the page is idle.
    await page.waitForFunction(() => document.querySelectorAll('.print-map > g > path').length > 0, undefined, { timeout: 10_000 });
    for (const format of ['A4', 'Letter'] as const) expect(pageCount(await page.pdf({ path: `test-results/screenshots/handout-places-${format}.pdf`, format })), format).toBeLessThanOrEqual(4);
    // Every line style the printed map draws is in its key.
    const key = await page.getByRole('list', { name: 'Key' }).innerText();
    const drawn = await page.locator('.print-map').first().evaluate((svg) => [...svg.querySelectorAll('[data-flow-kind]')].map((path) => `${path.getAttribute('data-flow-kind')}${path.hasAttribute('data-uncertain') ? '?' : ''}`));
    expect(drawn.length).toBeGreaterThan(5);
    for (const style of new Set(drawn)) expect(key, style).toContain(style.endsWith('?') ? '“Perhaps”: uncertain' : FLOW_LABELS[style as keyof typeof FLOW_LABELS]);
    // The article's words at the body's weight, the quoted sentences marked by a thin rule.
    const weights = await page.locator('.print-part-text blockquote').evaluateAll((quotes) => quotes.flatMap((q) => [q, ...q.querySelectorAll('mark')]).map((e) => Number(getComputedStyle(e).fontWeight)));
    expect(weights.length).toBeGreaterThan(20);
    expect(Math.max(...weights)).toBeLessThanOrEqual(400);
    expect(await page.locator('.print-part-text mark').first().evaluate((mark) => getComputedStyle(mark).textDecorationLine)).toBe('underline');
    // The fact notes are another handout's.
    for (const sentence of noteSentencesOfStory()) expect(countOccurrences(text, sentence), sentence).toBe(0);
    await context.close();
  });

  it('names the places the printed map cannot show, under the map and in the list (printed-map.test.ts checks the map itself)', async () => {
    const { page, context } = await openStory(browser(), { width: 1000, height: 1400 });
    await page.emulateMedia({ media: 'print' });
    const labels = await page.getByRole('img', { name: /^Printed map/ }).evaluate((svg) => [...svg.querySelectorAll('.print-number text')].map((t) => t.textContent ?? ''));
    expect(labels.length).toBeGreaterThan(25);
    const offMap = page.getByRole('region', { name: 'Handout' }).locator('figcaption').filter({ hasText: /Not on this map/ });
    expect(await offMap.isVisible()).toBe(true);
    const said = await offMap.innerText();
    for (const name of OFF_MAP) {
      const entry = page.getByRole('region', { name: 'Handout' }).getByRole('list', { name: /^Places/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`^${name}`) }) });
      const number = await entry.evaluate((li) => (li as HTMLLIElement).value);
      expect(said, name).toContain(`${number}. ${name}`);
      expect(labels, name).not.toContain(String(number));
      expect(await entry.innerText()).toContain('not on this map');
    }
    await context.close();
  });

  it('the tour handout gives the class the stops and questions, and the teacher’s copy adds the notes', async () => {
    const { page, context } = await openStory(browser(), { serviceWorker: false });
    const tour = story.tour;
    if (!tour) throw new Error('geo/ has no tour');
    await choose(page, 'Tour for the class');
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByRole('region', { name: 'Handout' });
    const stops = handout.getByRole('list', { name: 'Stops' }).getByRole('listitem');
    expect(await stops.count()).toBe(tour.stops.length);
    for (const [i, stop] of tour.stops.entries()) {
      const printed = await stops.nth(i).innerText();
      expect(printed).toContain(stop.title);
      if (stop.question) expect(printed).toContain(stop.question);
      for (const quote of stop.passage) expect(printed.replace(/\s+/g, ' ')).toContain(quote.replace(/\s+/g, ' '));
    }
    // The teacher's notes (geo/tour.json has some) are not in the class's copy.
    const notes = tour.stops.flatMap((stop) => (stop.notes ? [stop.notes] : []));
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(await handout.innerText()).not.toContain(note);
    // A small map for each stop, numbering its places as the places handout does.
    const maps = handout.getByRole('img', { name: /^Printed map of stop \d+/ });
    expect(await maps.count()).toBe(tour.stops.length);
    expect(await maps.nth(3).getAttribute('aria-label')).toMatch(/Bataclan theatre, Paris/);
    // Two or three stops a page (four on Letter's shorter page), on either paper.
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await printedPages(page, 'Tour for the class', format, tour.stops.length);
      expect(pages, format).toBeGreaterThanOrEqual(Math.ceil(tour.stops.length / 4));
      expect(pages, format).toBeLessThanOrEqual(Math.ceil(tour.stops.length / 2));
    }
    await page.emulateMedia({ media: 'screen' });
    await choose(page, 'Tour with teacher’s notes');
    await page.emulateMedia({ media: 'print' });
    for (const [i, stop] of tour.stops.entries()) {
      // A stop's notes where it has some; no empty "Notes" box where it has none.
      const printed = await stops.nth(i).innerText();
      if (stop.notes) expect(printed).toContain(`Notes: ${stop.notes}`);
      else expect(printed).not.toContain('Notes:');
    }
    // No note is printed twice: the teacher's and the stops' fact notes.
    const teacherText = (await handout.innerText()).replace(/\s+/g, ' ');
    for (const note of tour.stops.flatMap((stop) => [stop.notes, stop.factNote].filter((n) => n !== undefined))) expect(countOccurrences(teacherText, note.replace(/\s+/g, ' ')), note).toBe(1);
    for (const format of ['A4', 'Letter'] as const) expect(await printedPages(page, 'Tour with teacher’s notes', format, tour.stops.length), format).toBeLessThanOrEqual(tour.stops.length);
    // Once printed, Ctrl+P gives the places again.
    await page.evaluate('window.dispatchEvent(new Event("afterprint"))');
    expect(await handout.getByRole('list', { name: /^Places/ }).getByRole('listitem').count()).toBe(story.features.length);
    await context.close();
  });

  it('the Print… menu opens and closes from the keyboard, and axe finds nothing in it', async () => {
    const { page, context } = await openStory(browser());
    await page.getByRole('tab', { name: 'Places' }).click();
    const menuButton = page.getByRole('button', { name: 'Print…' });
    await menuButton.focus();
    await page.keyboard.press('Enter');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: 'Map and places' }).isVisible()).toBe(true);
    const axe = await new AxeBuilder({ page }).include('.places-panel').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/print-menu.png' });
    await page.keyboard.press('Escape');
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Print…');
    await context.close();
  });
});
