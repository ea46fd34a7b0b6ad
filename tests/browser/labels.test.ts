/**
 * The map names what it shows: the label placement the app made, read from the label layer, at a
 * laptop, a projector and a phone. No two labels overlap, none covers a symbol or leaves the map,
 * the basemap's names are there, and every tour stop's places are named, large.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { settledLabels } from './placed-labels.ts';
import { expectSeenOrListed, offViewNames } from './uncovered.ts';
import { waitUntilMapStill } from './feature-point.ts';
import { geoStory, openStory, useChromium } from './story-page.ts';

const browser = useChromium();
const story = geoStory();

interface Label {
  text: string;
  tier: 'focus' | 'story' | 'basemap';
  size: number;
  box: [number, number, number, number];
}

/** The labels drawn, in map container pixels, once the basemap's names are among them. */
function labels(page: Page): Promise<Label[]> {
  return settledLabels<Label>(page);
}

/**
 * The boxes of the symbols drawn (places and groups), in map container pixels: a group's disc, and a
 * place's mark as drawn (`--drawn`), which at an overview is smaller than its button.
 */
function symbolBoxes(page: Page): Promise<[number, number, number, number][]> {
  return page.evaluate(() => {
    const map = document.querySelector('.story-map.leaflet-container')?.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.place-symbol, .place-group')].map((element) => {
      const box = element.getBoundingClientRect();
      const drawn = Number.parseFloat(element.style.getPropertyValue('--drawn'));
      const inset = Number.isFinite(drawn) && drawn < box.width ? (box.width - drawn) / 2 : 0;
      return [box.left + inset - (map?.left ?? 0), box.top + inset - (map?.top ?? 0), box.right - inset - (map?.left ?? 0), box.bottom - inset - (map?.top ?? 0)] as [number, number, number, number];
    });
  });
}

const overlap = (a: readonly number[], b: readonly number[]) => (a[0] ?? 0) < (b[2] ?? 0) - 0.5 && (b[0] ?? 0) < (a[2] ?? 0) - 0.5 && (a[1] ?? 0) < (b[3] ?? 0) - 0.5 && (b[1] ?? 0) < (a[3] ?? 0) - 0.5;

/** The boxes of the map's own controls (zoom buttons, credit line, the key) and of the list of places beyond the view, in map container pixels. */
function controlBoxes(page: Page): Promise<[number, number, number, number][]> {
  return page.evaluate(() => {
    const map = document.querySelector('.story-map.leaflet-container');
    const origin = map?.getBoundingClientRect();
    return [...(map?.querySelectorAll('.leaflet-control, .beyond-view') ?? [])].map((element) => {
      const box = element.getBoundingClientRect();
      return [box.left - (origin?.left ?? 0), box.top - (origin?.top ?? 0), box.right - (origin?.left ?? 0), box.bottom - (origin?.top ?? 0)] as [number, number, number, number];
    });
  });
}

/** Every problem of a placement: labels on labels, on symbols, under the map's controls, off the map. */
async function placementProblems(page: Page, placed: readonly Label[]): Promise<string[]> {
  const symbols = await symbolBoxes(page);
  const controls = await controlBoxes(page);
  const map = await page.locator('.story-map.leaflet-container').boundingBox();
  const problems: string[] = [];
  placed.forEach((a, i) => {
    for (const b of placed.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`"${a.text}" overlaps "${b.text}"`);
    for (const s of symbols) if (overlap(a.box, s)) problems.push(`"${a.text}" covers a symbol at ${s.map(Math.round).join(',')}`);
    for (const c of controls) if (overlap(a.box, c)) problems.push(`"${a.text}" lies under a control of the map at ${c.map(Math.round).join(',')}`);
    if (a.box[0] < 0 || a.box[1] < 0 || a.box[2] > (map?.width ?? 0) || a.box[3] > (map?.height ?? 0)) problems.push(`"${a.text}" leaves the map`);
    if (a.size < 12) problems.push(`"${a.text}" is ${a.size} px`);
  });
  return problems;
}

describe('the map names its places', () => {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    it(`at ${width}x${height}: countries, seas and cities named, the story's places beside their symbols, nothing overlapping`, async () => {
      const { page, context, errors } = await openStory(browser(), { width, height });
      const placed = await labels(page);
      expect(await placementProblems(page, placed)).toEqual([]);
      const texts = placed.map((l) => l.text);
      expect(placed.filter((l) => l.tier === 'basemap').length).toBeGreaterThan(width > 1000 ? 15 : 4);
      expect(placed.filter((l) => l.tier === 'story').length).toBeGreaterThan(3);
      if (width > 1000) {
        for (const name of ['Mosul', 'Mediterranean Sea', 'Turkey']) {
          expect(texts.some((t) => t.toLowerCase() === name.toLowerCase()), `${name} among ${texts.join(' | ')}`).toBe(true);
        }
      }
      await page.screenshot({ path: `test-results/screenshots/labels-${width}x${height}.png` });
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('after a notch of the wheel, places its names anew, none under the zoom buttons, the credit line or the key', async () => {
    const { page, context } = await openStory(browser());
    await labels(page);
    // Over the story's places in western Europe, so that the view after the notch still holds several.
    const brussels = await page.locator('.place-group').first().boundingBox();
    await page.mouse.move((brussels?.x ?? 0) + 40, (brussels?.y ?? 0) + 40);
    await page.mouse.wheel(0, -100);
    await waitUntilMapStill(page);
    const placed = await labels(page);
    expect(placed.filter((l) => l.tier === 'story').length).toBeGreaterThan(3);
    expect(await placementProblems(page, placed)).toEqual([]);
    await context.close();
  });

  it('places a view\'s names once, when the move has ended, and never while the map moves', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 800 });
    await labels(page);
    const placements = () => page.evaluate(() => (document.querySelector('canvas.map-labels') as HTMLElement | null)?.dataset.placementMs?.split(',').length ?? 0);
    const box = await page.locator('.story-map.leaflet-container').boundingBox();
    const [x, y] = [(box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2];
    // A notch of the wheel in, one out, and a drag: three views, each placed once (before, the marks
    // taken away as a move began and the regrouped symbols placed each view up to three times).
    // The first view's placements all made (on a busy machine the load's last can come late).
    let before = await placements();
    for (let still = 0; still < 10; ) {
      await page.waitForTimeout(100);
      const now = await placements();
      still = now === before ? still + 1 : 0;
      before = now;
    }
    await page.mouse.move(x, y);
    for (const delta of [-240, 240]) {
      await page.mouse.wheel(0, delta);
      await waitUntilMapStill(page);
      await labels(page);
    }
    await page.mouse.down();
    await page.mouse.move(x - 150, y - 80, { steps: 8 });
    await page.mouse.up();
    await waitUntilMapStill(page);
    await labels(page);
    expect(await placements()).toBe(before + 3);
    await context.close();
  });

  it('gives a view the same labels whatever the pan history', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 800 });
    const before = await labels(page);
    const map = page.locator('.story-map.leaflet-container');
    await map.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(400);
    }
    expect(await labels(page)).toEqual(before);
    await context.close();
  });

  it('names every tour stop\'s places and their city at 1920x1080, at 20 px or more, with nothing overlapping, each clear of the panel', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1920, height: 1080, path: '#/tour/1', waitForFeatures: false, reducedMotion: 'reduce' });
    const tour = story.tour;
    if (!tour) throw new Error('geo/ has no tour');
    for (const [index, stop] of tour.stops.entries()) {
      await page.goto(`${page.url().split('#')[0]}#/tour/${index + 1}`);
      await page.locator('.story-map.leaflet-container:not([aria-busy])').waitFor();
      const placed = await labels(page);
      expect(await placementProblems(page, placed), `stop ${index + 1}`).toEqual([]);
      const focus = placed.filter((l) => l.tier === 'focus');
      // A place the view cannot hold with the others (the stop spans the world) is named at the edge, with an arrow.
      const offView = await offViewNames(page);
      for (const id of stop.features) {
        const feature = story.features.find((f) => f.id === id);
        if (!feature || !stop.layers.includes(feature.properties.layer)) continue;
        // A line has no symbol: the area it leads to (its `city`, "France") is named as its places are.
        if (feature.geometry.type !== 'Point') {
          const { city } = feature.properties;
          if (city) expect(focus.some((l) => l.text.includes(city)), `stop ${index + 1}: "${city}", where a line leads, among ${focus.map((l) => l.text).join(' | ')}`).toBe(true);
          continue;
        }
        const label = feature.properties.label ?? feature.properties.name;
        if (offView.includes(feature.properties.name)) continue;
        const texts = focus.map((l) => l.text).join(' | ');
        expect(texts.includes(label), `stop ${index + 1}: "${label}" among ${texts}, off view: ${offView.join(' | ')}`).toBe(true);
        // And its city, from the place's own `city` (the tour reads from the back of the room).
        const { city } = feature.properties;
        if (city) expect(texts.includes(city), `stop ${index + 1}: its city "${city}" among ${texts}`).toBe(true);
      }
      for (const l of focus) expect(l.size, `stop ${index + 1}: "${l.text}"`).toBeGreaterThanOrEqual(20);
      // On a projector every stop's places are drawn clear of the tour panel: none needs an arrow off the view.
      const names = stop.features.map((id) => story.features.find((f) => f.id === id)?.properties.name ?? id);
      expect(await expectSeenOrListed(page, names, `1920x1080 stop ${index + 1}`), `stop ${index + 1}: listed off the view`).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
