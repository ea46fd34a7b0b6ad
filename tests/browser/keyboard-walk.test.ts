/**
 * Keyboard only, from page load: Tab goes round the whole page and back to where it began (never
 * trapped), reaching every feature, the reader, the layers, the timeline and "Present"; then the
 * places list, the layer switches and the tour are used by keys alone. Every focused element shows a
 * focus indicator and is on screen. Every target is at least 24x24 CSS pixels, except links inside
 * running text (WCAG 2.5.8's inline exception). Screen readers hear the selection and the tour stop.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { geoStory, openStory, passagePanel, useChromium } from './story-page.ts';
import { inMapOrder } from '../../src/story/selectors.ts';
import { firstRegion } from '../../src/map/first-bounds.ts';
import { inRegion } from '../../src/geometry/densest-region.ts';

const story = geoStory();
const browser = useChromium();

interface Focused {
  /** Something that tells elements apart: a feature id, else role, name and position. */
  key: string;
  name: string;
  featureId: string | null;
  /** The features it stands for: its own, or those of the group it is (a group names each of them). */
  featureIds: string[];
  /** What shows the focus: an outline, a ring (box-shadow) or, on a line, its stroke. */
  indicator: string | null;
  onScreen: boolean;
}

/** What has focus, and whether a sighted keyboard user can see that it has. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const name = (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60);
    let indicator = null;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) indicator = 'outline ' + style.outlineWidth;
    else if (style.boxShadow && style.boxShadow !== 'none') indicator = 'ring';
    else if (el instanceof SVGElement && style.stroke !== 'none' && parseFloat(style.strokeOpacity || '1') > 0) indicator = 'stroke ' + style.stroke;
    const onScreen = rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.bottom > 0 && rect.left < innerWidth && rect.top < innerHeight;
    const featureId = el.closest('[data-feature-id]')?.getAttribute('data-feature-id') ?? null;
    const group = el.closest('[data-group-of]')?.getAttribute('data-group-of') ?? null;
    const featureIds = featureId ? [featureId] : group ? group.split(' ') : [];
    const key = featureId ?? (group ? 'group:' + group : [el.tagName, el.getAttribute('role'), name, Math.round(rect.left), Math.round(rect.top)].join('|'));
    return { key, name, featureId, featureIds, indicator, onScreen };
  })()`) as Promise<Focused | null>;
}

/** Presses `key`, then checks the focus is visible; returns what has it. */
async function press(page: Page, key: string): Promise<Focused> {
  await page.keyboard.press(key);
  return visibleFocus(page, key);
}

/** How long a focused feature may take to come into view: the map brings it there, at most a few frames later. */
const INTO_VIEW_MS = 500;

/** What has focus, checked to be on screen (within INTO_VIEW_MS) and to show a focus indicator. */
async function visibleFocus(page: Page, after: string): Promise<Focused> {
  const key = after;
  let now = await focused(page);
  for (const until = Date.now() + INTO_VIEW_MS; now && !now.onScreen && Date.now() < until; ) {
    await page.waitForTimeout(50);
    now = await focused(page);
  }
  expect(now, `after ${key}, focus is on nothing`).not.toBeNull();
  if (!now) throw new Error('no focus');
  expect(now.indicator, `no focus indicator on "${now.name}" (${now.key})`).not.toBeNull();
  expect(now.onScreen, `"${now.name}" has focus but is off screen (${now.key})`).toBe(true);
  return now;
}

/** Tabs until focus lands on an element whose name matches, failing after `limit` presses. */
async function tabTo(page: Page, name: RegExp, limit = 400): Promise<Focused> {
  let wrapped = false;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    // Past the last element, Tab leaves the page for the browser's own controls, once; the next comes back.
    if (!wrapped && (await focused(page)) === null) {
      wrapped = true;
      continue;
    }
    const now = await visibleFocus(page, 'Tab');
    if (name.test(now.name)) return now;
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('keyboard only', () => {
  it('goes round the whole page and back, reaching every feature, the reader, the layers, the timeline and Present', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1280, height: 800 });
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    const seen: Focused[] = [];
    const first = await press(page, 'Tab');
    seen.push(first);
    let cycled = false;
    let leftThePage = 0;
    for (let i = 0; i < 600 && !cycled; i += 1) {
      // Past the last element, Tab leaves the page for the browser's own controls, once.
      await page.keyboard.press('Tab');
      const wrapping = (await focused(page)) === null;
      if (wrapping) leftThePage += 1;
      const now = wrapping ? await press(page, 'Tab') : await visibleFocus(page, 'Tab');
      if (now.key === first.key) cycled = true;
      else seen.push(now);
    }
    expect(leftThePage).toBeLessThanOrEqual(1);
    expect(cycled, `Tab did not come back to "${first.name}" after ${seen.length} stops: trapped, or the page is too long`).toBe(true);
    // Places that sit together at this zoom are reached as their group, which names each of them.
    const features = new Set(seen.flatMap((f) => f.featureIds));
    expect([...features].sort()).toEqual(story.features.map((f) => f.id).sort());
    const names = seen.map((f) => f.name);
    // The inactive tab (Places) is reached with the arrow keys, as tabs are: see the next test.
    for (const wanted of [/^Present$/, /^Copy link$/, /^Article$/, /^Layers and key$/, /Play$/, /^Date$|All dates/]) {
      expect(names.some((n) => wanted.test(n)), `Tab never reached ${wanted}`).toBe(true);
    }
    // The reader's sentences are links to their features.
    expect(seen.filter((f) => f.key.startsWith('A|') && !f.featureId).length).toBeGreaterThan(10);
    // Shift+Tab walks back the same way.
    const back = await press(page, 'Shift+Tab');
    expect(back.key).toBe(seen[seen.length - 1]?.key);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('skips to the map from the first Tab: the map has focus, and the next Tab is a place', async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 800 });
    const skip = await press(page, 'Tab');
    expect(skip.name).toBe('Skip to the map');
    await press(page, 'Enter');
    expect((await focused(page))?.name).toMatch(/^Map of the places/);
    const next = await press(page, 'Tab');
    expect(next.featureIds.length).toBeGreaterThan(0);
    await context.close();
  });

  it("walks the map's places, then its lines, city by city in the places list's order, before and after a zoom, and an opened group's sites one after another", async () => {
    const { page, context } = await openStory(browser(), { width: 1280, height: 800 });
    // The places and the flows are ordered each among their own (the map's two panes).
    const isFlow = (f: (typeof story.features)[number]) => f.properties.layer === 'flows';
    // Those in the first view's region first (a point there, or a line reaching it), as the map orders them.
    const { wide } = firstRegion(story.features);
    const inFirstBounds = (position: readonly number[]) => inRegion(wide, position);
    const near = (f: (typeof story.features)[number]) => (f.geometry.type === 'Point' ? inFirstBounds(f.geometry.coordinates) : JSON.stringify(f.geometry.coordinates).match(/-?[\d.]+,-?[\d.]+/g)?.some((pair) => inFirstBounds(pair.split(',').map(Number))) === true);
    const rank = new Map([...inMapOrder(story.features.filter((f) => !isFlow(f)), near), ...inMapOrder(story.features.filter(isFlow), near)].map((feature, i) => [feature.id, i]));
    const lines = new Set(story.features.filter(isFlow).map((f) => f.id));
    /** From the map, Tab through its features: each one's place in the list, and whether it is a line. */
    async function walk(): Promise<{ at: number; line: boolean; name: string }[]> {
      await page.locator('.story-map').focus();
      const stops: { at: number; line: boolean; name: string }[] = [];
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (!now || now.featureIds.length === 0) break;
        stops.push({ at: Math.min(...now.featureIds.map((id) => rank.get(id) ?? Infinity)), line: now.featureIds.some((id) => lines.has(id)), name: now.name.slice(0, 30) });
      }
      return stops;
    }
    const expectInOrder = (stops: { at: number; line: boolean; name: string }[]) => {
      expect(stops.length).toBeGreaterThan(20);
      const firstLine = stops.findIndex((s) => s.line);
      expect(firstLine, 'a line before the places').toBeGreaterThan(0);
      expect(stops.slice(firstLine).every((s) => s.line), stops.map((s) => s.name).join(' | ')).toBe(true);
      for (const part of [stops.slice(0, firstLine), stops.slice(firstLine)]) {
        const out = part.filter((s, i) => i > 0 && s.at < (part[i - 1]?.at ?? 0)).map((s) => s.name);
        expect(out, part.map((s) => s.name).join(' | ')).toEqual([]);
      }
    };
    expectInOrder(await walk());
    // Zooming in on Europe and out again re-makes the groups: they keep their places in the walk.
    await page.locator('.leaflet-control-zoom-in').click();
    await page.waitForTimeout(600);
    await page.locator('.leaflet-control-zoom-out').click();
    await page.waitForTimeout(600);
    expectInOrder(await walk());
    // Enter on Brussels's group opens it, focus on its first site; Tab then walks the other four.
    await page.locator('[data-group-of~="brussels-jewish-museum"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.featureId ?? null, { timeout: 5000 }).not.toBeNull();
    const brussels = new Set(story.features.filter((f) => f.properties.city === 'Brussels' && !isFlow(f)).map((f) => f.id));
    const walked = [(await focused(page))?.featureId];
    for (let i = 0; i < brussels.size - 1; i += 1) {
      await page.keyboard.press('Tab');
      walked.push((await focused(page))?.featureId);
    }
    expect(walked.filter((id) => !brussels.has(id ?? '')), walked.join(' | ')).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [[1280, 800], [1024, 768]] as const) {
    it(`shows each place's and each group's tooltip whole, inside the map and clear of the key, as Tab brings it in at the map's edge, at ${width}x${height}`, async () => {
      const { page, context } = await openStory(browser(), { width, height });
      await page.locator('.story-map').focus();
      const cut: string[] = [];
      const missing: string[] = [];
      let tooltips = 0;
      let groups = 0;
      for (let i = 0; i < 40; i += 1) {
        await page.keyboard.press('Tab');
        const now = await focused(page);
        if (!now || now.featureIds.length === 0) break;
        // The tooltip of what has focus, once the map has brought it in and the tooltip has found its room.
        // A place's tooltip is headed by its name; a group's by what its name says before the colon.
        const isGroup = now.featureId === null;
        const heading = isGroup ? now.name.split(':')[0] : now.name;
        if (isGroup) groups += 1;
        await page.waitForTimeout(250);
        const box = await page.evaluate((name) => {
          const map = document.querySelector('.story-map')?.getBoundingClientRect();
          const tooltip = [...document.querySelectorAll('.feature-tooltip')].find((t) => t.querySelector('strong')?.textContent === name);
          const b = tooltip?.getBoundingClientRect();
          // The key ("Layers and key", top left) lies over the map: a tooltip under it is cut as much as one outside.
          const key = document.querySelector<HTMLElement>('aside.intro');
          const k = key && !key.hidden ? key.getBoundingClientRect() : null;
          const underKey = !!k && !!b && b.left < k.right && b.right > k.left && b.top < k.bottom && b.bottom > k.top;
          return map && b ? { inside: !underKey && b.left >= map.left - 0.5 && b.top >= map.top - 0.5 && b.right <= map.right + 0.5 && b.bottom <= map.bottom + 0.5, at: [b.left - map.left, b.top - map.top, b.right - map.left, b.bottom - map.top].map(Math.round).join(',') } : null;
        }, heading);
        if (!box) {
          missing.push(now.name);
          continue;
        }
        tooltips += 1;
        if (!box.inside) cut.push(`${now.name} at ${box.at}`);
      }
      expect(tooltips).toBeGreaterThan(10);
      expect(groups).toBeGreaterThan(0);
      expect(missing).toEqual([]);
      expect(cut).toEqual([]);
      await context.close();
    });
  }

  it('uses the places list, the layer switches and the tour by keys alone, and hears what changed', async () => {
    const { page, context, errors } = await openStory(browser(), { width: 1280, height: 800 });
    const announcer = page.locator('.announcer');
    // The places list: its tab, its filter, an entry; Esc comes back.
    await tabTo(page, /^Article$/);
    await press(page, 'ArrowRight');
    expect((await focused(page))?.name).toBe('Places');
    await tabTo(page, /^Filter places/);
    await page.keyboard.type('Manchester');
    const entry = await tabTo(page, /Manchester Arena/);
    await press(page, 'Enter');
    await passagePanel(page).waitFor();
    expect(await announcer.textContent()).toMatch(/^Selected: Manchester Arena, attack, 22 May 2017\. Its passage is open\.$/);
    await press(page, 'Escape');
    expect((await focused(page))?.key).toBe(entry.key);
    // The filter narrows the map too: back to it, and cleared, every place is on the map again.
    for (let i = 0; i < 12 && !/^Filter places/.test((await focused(page))?.name ?? ''); i += 1) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    // A feature on the map, by Tab and Enter: first its group, if it is part of one at this zoom,
    // whose Enter zooms in and brings focus to its first place.
    // (Past its entry in the list, which the cleared filter shows again.)
    await tabTo(page, /^Bataclan theatre, Paris$/);
    let feature = await tabTo(page, /Bataclan theatre, Paris/);
    for (let i = 0; i < 4 && feature.featureId === null; i += 1) {
      expect(feature.featureIds).toContain('paris-bataclan');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.matches('[data-feature-id], [data-group-of]') ?? false, undefined, { timeout: 5_000 });
      feature = await visibleFocus(page, 'Enter');
      if (feature.featureIds.includes('paris-bataclan') && feature.featureId !== 'paris-bataclan' && feature.featureId !== null) feature = await tabTo(page, /^Bataclan theatre, Paris$/);
    }
    expect(feature.featureId).toBe('paris-bataclan');
    await press(page, 'Enter');
    await passagePanel(page).waitFor();
    expect(await announcer.textContent()).toContain('Selected: Bataclan theatre, Paris, attack, 13 November 2015.');
    await press(page, 'Escape');
    expect((await focused(page))?.featureId).toBe('paris-bataclan');
    // The layers: open the key, switch flows off and on with Space, close it.
    await tabTo(page, /^Layers and key$/);
    await press(page, 'Enter');
    await tabTo(page, /Flows/);
    await press(page, 'Space');
    expect(await page.locator('[data-layer="Flow"]').count()).toBe(0);
    await press(page, 'Space');
    // The flows are back (drawn, though out of view where the map has zoomed in on Paris).
    await page.locator('.leaflet-overlay-pane [data-feature-id]').first().waitFor({ state: 'attached' });
    // Esc from inside the key folds it, focus on its button (as a disclosure's Esc does).
    await press(page, 'Escape');
    expect((await focused(page))?.name).toBe('Layers and key');
    expect(await page.getByRole('button', { name: 'Layers and key' }).getAttribute('aria-expanded')).toBe('false');
    await press(page, 'Enter');
    await tabTo(page, /^Hide layers and key$/);
    await press(page, 'Enter');
    // The tour: Present, every stop by PageDown, then Esc back.
    await tabTo(page, /^Present$/);
    await press(page, 'Enter');
    const stops = story.tour?.stops ?? [];
    for (let n = 1; n <= stops.length; n += 1) {
      await page.getByText(`${n} / ${stops.length}`, { exact: true }).waitFor();
      expect(await announcer.textContent()).toBe(`Tour stop ${n} of ${stops.length}: ${stops[n - 1]?.title}`);
      if (n < stops.length) await press(page, 'PageDown');
    }
    await press(page, 'Escape');
    await page.getByRole('button', { name: 'Present' }).waitFor();
    expect((await focused(page))?.name).toBe('Present');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`has targets of at least 24x24 CSS pixels at ${width}x${height}, but for links in running text`, async () => {
      const { page, context } = await openStory(browser(), { width, height });
      await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
      const small = (await page.evaluate(`(() => {
        const targets = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"], [role="button"], [role="tab"]');
        const tooSmall = [];
        for (const el of targets) {
          const rect = el.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue; // not shown
          // Links inline in text, which the text's line height constrains (the reader's sentences, credits).
          if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') continue;
          // A checkbox or radio is the target together with its label.
          const label = (el.type === 'checkbox' || el.type === 'radio') ? el.closest('label') : null;
          const box = label ? label.getBoundingClientRect() : rect;
          if (box.width < 24 || box.height < 24) tooSmall.push((el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40) + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
        }
        return tooSmall;
      })()`)) as string[];
      expect(small).toEqual([]);
      await context.close();
    });
  }
});
