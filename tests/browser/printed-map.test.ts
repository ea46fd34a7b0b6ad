/**
 * The printed map as Chromium lays it out for print, at A4's printable width (186 mm, 703 CSS px):
 * its number tags clear of one another, of every symbol and of every name, in type of 9 pt at least;
 * the crowd of Brussels and Paris in an inset; every numbered place either on the map (or its inset) or
 * named under it as "Not on this map".
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStory, useChromium } from './story-page.ts';

const browser = useChromium();
/** A4 less the handout's 12 mm margins, in CSS pixels (96 to the inch). */
const A4_PRINTABLE = Math.round((186 / 25.4) * 96);

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
interface Tag {
  label: string;
  box: Rect;
  /** The tag's type size on paper, in points. */
  points: number;
  inInset: boolean;
}

/** The printed map's tags, symbols and names, as laid out on the page. */
function mapBoxes(page: Page) {
  return page.getByRole('img', { name: /^Printed map/ }).evaluate((map) => {
    const rect = (e: Element) => {
      const { left, right, top, bottom } = e.getBoundingClientRect();
      return { left, right, top, bottom };
    };
    // Type size on paper: its size in the SVG's units, times CSS pixels per unit, at 0.75 pt a pixel.
    const points = (text: SVGTextElement) => {
      const svg = text.ownerSVGElement as SVGSVGElement;
      return parseFloat(getComputedStyle(text).fontSize) * (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 0.75;
    };
    return {
      tags: [...map.querySelectorAll('.print-number')].map((g) => {
        const text = g.querySelector('text') as SVGTextElement;
        return { label: text.textContent ?? '', box: rect(g.querySelector('rect') as Element), points: points(text), inInset: g.closest('.print-inset') !== null };
      }),
      symbols: [...map.querySelectorAll('image')].map(rect),
      names: [...map.querySelectorAll('.print-label')].map((text) => ({ name: text.textContent ?? '', box: rect(text) })),
      inset: [...map.querySelectorAll('.print-inset-frame, .print-inset-area')].map(rect),
    };
  });
}

const apart = (a: Rect, b: Rect) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe('the printed map', () => {
  it('keeps every number tag clear of the other tags, the symbols and the names, in type of 9 pt at least', async () => {
    const { page, context } = await openStory(browser(), { width: A4_PRINTABLE, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    // The names come with the land, once the page is idle.
    await page.waitForFunction(() => document.querySelectorAll('.print-map .print-label').length > 20, undefined, { timeout: 10_000 });
    const { tags, symbols, names, inset } = await mapBoxes(page);
    expect(tags.length).toBeGreaterThan(25);
    expect(inset.length).toBe(2);
    for (const [i, tag] of (tags as Tag[]).entries()) {
      expect(tag.points, `${tag.label}'s type`).toBeGreaterThanOrEqual(9);
      for (const other of tags.slice(i + 1)) expect(apart(tag.box, other.box), `${tag.label} and ${other.label}`).toBe(true);
      for (const [j, symbol] of symbols.entries()) expect(apart(tag.box, symbol), `${tag.label} over symbol ${j}`).toBe(true);
      for (const { name, box } of names) expect(apart(tag.box, box), `${tag.label} over the name ${name}`).toBe(true);
      // The main map's tags keep off the inset and off the area it enlarges.
      if (!tag.inInset) for (const box of inset) expect(apart(tag.box, box), `${tag.label} over the inset`).toBe(true);
    }
    for (const { name, box } of names) for (const symbol of symbols) expect(apart(box, symbol), `the name ${name} over a symbol`).toBe(true);
    // The inset names its cities, beside the symbols that cover their dots.
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['Paris', 'Brussels']));
    // No country is named where it is not: a far country's other points, in the world's pixels, once
    // put Australia and the Philippines over Ireland.
    expect(names.map((n) => n.name)).not.toEqual(expect.arrayContaining(['AUSTRALIA']));
    expect(names.map((n) => n.name)).not.toEqual(expect.arrayContaining(['PHILIPPINES']));
    await page.screenshot({ path: 'test-results/screenshots/printed-map.png', fullPage: false });
    await context.close();
  });

  it('numbers the crowd of Brussels and Paris in an inset, and every place is on the map, in the inset, or named as not on it', async () => {
    const { page, context } = await openStory(browser(), { width: A4_PRINTABLE, height: 1100 });
    await page.emulateMedia({ media: 'print' });
    const { tags } = await mapBoxes(page);
    const handout = page.getByRole('region', { name: 'Handout' });
    const inset = tags.filter((t) => t.inInset).map((t) => t.label);
    const places = await handout.getByRole('list', { name: /^Places/ }).getByRole('listitem').evaluateAll((items) => items.map((li) => ({ number: String((li as HTMLLIElement).value), name: li.querySelector('h3')?.firstChild?.textContent ?? '' })));
    const numberOf = (name: string) => places.find((p) => p.name === name)?.number;
    for (const name of ['Bataclan theatre, Paris', 'Stade de France, Saint-Denis', 'Jewish Museum of Belgium, Brussels', 'Brussels Airport, Zaventem']) expect(inset, name).toContain(numberOf(name));
    const caption = await handout.locator('figcaption').filter({ hasText: /Not on this map/ }).innerText();
    expect(caption).toMatch(/^Inset: the boxed area enlarged \d+ times/);
    const onMap = new Set(tags.map((t) => t.label));
    expect(onMap.size).toBe(tags.length);
    for (const { number, name } of places) {
      const off = caption.includes(`${number}. ${name}`);
      expect(onMap.has(number) !== off, `${number}. ${name}: on the map ${onMap.has(number)}, named as not on it ${off}`).toBe(true);
    }
    expect(caption).toContain(`${numberOf('San Bernardino, California')}. San Bernardino, California`);
    await context.close();
  });
});
