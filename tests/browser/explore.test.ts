import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { storyMonths } from '../../src/story/visibility.ts';
import { clickFeature, featureButton, geoStory, openStory, passagePanel, useChromium, zoomInReachable } from './story-page.ts';

const story = geoStory();
const byId = new Map(story.features.map((f) => [f.id, f]));
const browser = useChromium();

function mapRegion(page: Page) {
  return page.getByRole('region', { name: /^Map of the places/ });
}

async function panelTitle(page: Page): Promise<string | null> {
  return passagePanel(page).getByRole('heading', { level: 2 }).textContent();
}

async function openLayers(page: Page) {
  const toggle = page.getByRole('button', { name: 'Layers and key' });
  if (await toggle.count()) await toggle.click();
  return page.getByRole('group', { name: 'Layers' });
}

describe('text and map, both ways', () => {
  it('reader -> map: a passage sentence selects the features it speaks of', async () => {
    const { page, context } = await openStory(browser());
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    const bataclan = byId.get('paris-bataclan');
    await reader.getByRole('link', { name: bataclan?.properties.passage[0] }).click();
    await passagePanel(page).waitFor();
    expect(await panelTitle(page)).toBe('Bataclan theatre, Paris');
    const related = passagePanel(page).getByRole('list').getByRole('button');
    expect(await related.allTextContents()).toEqual(['Café and restaurant terraces, Paris', 'Stade de France, Saint-Denis']);
    // The group opens to show it (a flight of half a second): its own button then holds the selection.
    await expect.poll(() => featureButton(page, 'Bataclan theatre, Paris').getAttribute('aria-current')).toBe('true');
    await expect.poll(() => page.url()).toMatch(/#\/place\/paris-bataclan$/);
    await related.first().click();
    expect(await panelTitle(page)).toBe('Café and restaurant terraces, Paris');
    await context.close();
  });

  it("reader -> map: a sentence far down keeps the reader where it is, though the feature's first sentence is paragraphs up", async () => {
    const { page, context } = await openStory(browser());
    // The NATO summit's sentences: the standfirst, and paragraph 12's.
    const link = page.getByRole('region', { name: 'Article', exact: true }).getByRole('link', { name: /^Hopefully, now in Brussels/ });
    await link.scrollIntoViewIfNeeded();
    const before = await link.boundingBox();
    await link.click();
    await passagePanel(page).waitFor();
    await page.waitForTimeout(1_000);
    const after = await link.boundingBox();
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0)), 'the chosen sentence stays where it was').toBeLessThan(2);
    await context.close();
  });

  it('map -> reader: selecting on the map marks its sentences in the reader and brings them into view', async () => {
    const { page, context } = await openStory(browser());
    await clickFeature(page, 'Raqqa, Syria');
    await passagePanel(page).waitFor();
    const reader = page.getByRole('region', { name: 'Article', exact: true });
    const marks = reader.locator('mark');
    // The reader marks its sentences in a deferred render of its own, just after the passage.
    await expect.poll(() => marks.allTextContents()).toEqual(byId.get('raqqa')?.properties.passage);
    await page.waitForTimeout(800);
    const panel = await page.getByRole('tabpanel', { name: 'Article' }).boundingBox();
    const mark = await marks.first().boundingBox();
    expect(panel && mark && mark.y >= panel.y && mark.y + mark.height <= panel.y + panel.height).toBe(true);
    // The zoom buttons stand beside the passage panel, not under it.
    expect(await zoomInReachable(page)).toBe(true);
    await context.close();
  });

  it('"Whole story" brings back the first view from a group opened at street level, by click or by keys', async () => {
    const { page, context } = await openStory(browser());
    const brussels = page.locator('[data-group-of~="brussels-jewish-museum"]');
    const pane = page.locator('.leaflet-map-pane');
    const atFirst = await brussels.boundingBox();
    await brussels.click();
    // The group opened: its disc gone, its sites drawn apart.
    await expect.poll(() => brussels.count()).toBe(0);
    const home = page.getByRole('button', { name: 'Whole story' });
    await home.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => brussels.count(), { timeout: 5000 }).toBe(1);
    const back = await brussels.boundingBox();
    // Where it stood at the first view, within a few pixels (the first view also kept clear of this button).
    expect(Math.hypot((back?.x ?? 0) - (atFirst?.x ?? 0), (back?.y ?? 0) - (atFirst?.y ?? 0))).toBeLessThan(40);
    expect(await pane.count()).toBe(1);
    await context.close();
  });

  it('Esc steps back out of an opened group to the view it was opened from, one press after the passage, with focus back on the group and no tooltip left', async () => {
    const { page, context } = await openStory(browser());
    const paris = page.locator('[data-group-of~="paris-bataclan"]');
    const tooltips = page.locator('.leaflet-tooltip-pane .leaflet-tooltip');
    const atFirst = await paris.boundingBox();
    await paris.click();
    await expect.poll(() => paris.count()).toBe(0);
    const bataclan = page.locator('[data-feature-id="paris-bataclan"]');
    await bataclan.click();
    await passagePanel(page).waitFor();
    // The pointer off the map: a tooltip left now would be focus's, not the pointer's.
    await page.mouse.move(5, 5);
    // Esc closes the passage (the group stays open); focus goes back to the place, with no tooltip left over the map.
    await page.keyboard.press('Escape');
    await expect.poll(() => passagePanel(page).count()).toBe(0);
    await page.waitForTimeout(800);
    expect([await paris.count(), await tooltips.count()]).toEqual([0, 0]);
    expect(await bataclan.evaluate((element) => element === document.activeElement)).toBe(true);
    // The next Esc closes the group: the first view again, focus on the group's disc.
    await page.keyboard.press('Escape');
    await expect.poll(() => paris.count(), { timeout: 5000 }).toBe(1);
    await page.waitForTimeout(1200);
    const back = await paris.boundingBox();
    expect(Math.hypot((back?.x ?? 0) - (atFirst?.x ?? 0), (back?.y ?? 0) - (atFirst?.y ?? 0))).toBeLessThan(4);
    await expect.poll(() => paris.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tooltips.count()).toBe(0);
    // Nothing more to step out of: Esc leaves the first view as it is. Tab still shows a place's tooltip.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(800);
    expect(await paris.boundingBox()).toEqual(back);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => tooltips.count()).toBe(1);
    await context.close();
  });

  it('lists every place by layer, narrows as one types, and selects from the list', async () => {
    const { page, context } = await openStory(browser());
    await page.getByRole('tab', { name: 'Places' }).click();
    const places = page.getByRole('navigation', { name: 'Places' });
    expect(await places.getByRole('button').count()).toBe(story.features.length);
    expect(await places.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Attacks (11)',
      'Strongholds (4)',
      'Networks (2)',
      'Flows (9)',
      'Context (12)',
    ]);
    const attacks = await places.getByRole('region', { name: /Attacks/ }).getByRole('button').allTextContents();
    expect(attacks.slice(0, 2)).toEqual(['Jewish Museum of Belgium, Brussels', 'Bataclan theatre, Paris']);
    await places.getByRole('searchbox', { name: 'Filter places' }).fill('paris');
    expect(await places.getByRole('button').allTextContents()).toEqual(['Bataclan theatre, Paris', 'Café and restaurant terraces, Paris']);
    await places.getByRole('button', { name: 'Café and restaurant terraces, Paris' }).click();
    expect(await panelTitle(page)).toBe('Café and restaurant terraces, Paris');
    await context.close();
  });

  it('a layer switched off leaves the map, the focus order and the list, and the URL says so', async () => {
    const { page, context } = await openStory(browser());
    const layers = await openLayers(page);
    const flows = layers.getByRole('checkbox', { name: 'Flows' });
    expect(await flows.isChecked()).toBe(true);
    await flows.uncheck();
    await expect.poll(() => page.url()).toMatch(/[?&]hide=flows/);
    const flowNames = story.features.filter((f) => f.properties.layer === 'flows').map((f) => f.properties.name);
    for (const name of flowNames) await expect.poll(() => featureButton(page, name).count()).toBe(0);
    await mapRegion(page).focus();
    const reached: string[] = [];
    for (let i = 0; i < story.features.length; i += 1) {
      await page.keyboard.press('Tab');
      reached.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
    }
    expect(reached.filter((name) => flowNames.includes(name))).toEqual([]);
    // Reached as itself, or within the group that names it at this zoom.
    expect(reached.some((name) => name === 'Manchester Arena' || /[(;] ?Manchester Arena[;)]/.test(name))).toBe(true);
    await page.getByRole('tab', { name: 'Places' }).click();
    const headings = await page.getByRole('navigation', { name: 'Places' }).getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).not.toContain('Flows (9)');
    await flows.check();
    await expect.poll(() => featureButton(page, flowNames[0] ?? '').count()).toBe(1);
    await context.close();
  });

  it('the timeline hides what came later, keeps undated places, and plays month by month', async () => {
    const { page, context } = await openStory(browser());
    const slider = page.getByRole('slider', { name: 'Date' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('May 2017');
    await slider.focus();
    await page.keyboard.press('Home');
    const months = storyMonths(story.features);
    for (let i = 0; i < months.indexOf('2015-11'); i += 1) await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toBe('November 2015');
    // The URL is written just after the frame that shows the change.
    await expect.poll(() => page.url()).toMatch(/until=2015-11/);
    await expect.poll(() => featureButton(page, 'Bataclan theatre, Paris').count()).toBe(1);
    await expect.poll(() => featureButton(page, 'Pulse nightclub, Orlando').count()).toBe(0);
    await expect.poll(() => featureButton(page, 'Manchester Arena').count()).toBe(0);
    await expect.poll(() => featureButton(page, 'Mosul, Iraq').count()).toBe(1);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(() => document.querySelector('input[type=range]')?.getAttribute('aria-valuetext') === 'January 2016', undefined, { timeout: 5000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await slider.getAttribute('aria-valuetext');
    await page.waitForTimeout(1000);
    expect(await slider.getAttribute('aria-valuetext')).toBe(paused);
    await context.close();
  });

  it('a deep link opens its passage on load, and the back button returns to the previous selection', async () => {
    const { page, context } = await openStory(browser(), { path: '#/place/nice-promenade' });
    await passagePanel(page).waitFor();
    expect(await panelTitle(page)).toBe('Promenade des Anglais, Nice');
    await clickFeature(page, 'Manchester Arena');
    await page.waitForFunction(() => location.hash === '#/place/manchester-arena');
    expect(await panelTitle(page)).toBe('Manchester Arena');
    await page.goBack();
    await page.waitForFunction(() => location.hash === '#/place/nice-promenade');
    expect(await panelTitle(page)).toBe('Promenade des Anglais, Nice');
    await page.goForward();
    await page.waitForFunction(() => location.hash === '#/place/manchester-arena');
    expect(await panelTitle(page)).toBe('Manchester Arena');
    await context.close();
  });

  it('a link with hidden layers and a month restores them', async () => {
    const { page, context } = await openStory(browser(), { path: '#/?hide=context&until=2016-03', waitForFeatures: false });
    await featureButton(page, 'Brussels Airport, Zaventem').waitFor();
    await expect.poll(() => featureButton(page, 'Trump in Riyadh').count()).toBe(0);
    await expect.poll(() => featureButton(page, 'Brussels Airport, Zaventem').count()).toBe(1);
    await expect.poll(() => featureButton(page, 'Pulse nightclub, Orlando').count()).toBe(0);
    expect(await page.getByRole('slider', { name: 'Date' }).getAttribute('aria-valuetext')).toBe('March 2016');
    await context.close();
  });

  it('"Copy link" copies the link to the current view', async () => {
    const { page, context } = await openStory(browser(), { path: '#/place/mosul' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await expect.poll(() => page.url()).toMatch(/#\/place\/mosul$/);
    await context.close();
  });

  it('tooltips show name and date on hover and on focus, beside the feature, and Esc dismisses them', async () => {
    const { page, context } = await openStory(browser());
    const target = featureButton(page, 'Pulse nightclub, Orlando');
    await target.focus();
    const tooltip = page.locator('.leaflet-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe('Pulse nightclub, Orlando12 June 2016');
    // Above the feature, or below or beside it where the map's edge leaves no room above: never over
    // it, and whole inside the map (Orlando is brought in at the map's left edge).
    await page.waitForTimeout(300);
    const [tip, feature, map] = [await tooltip.boundingBox(), await target.boundingBox(), await page.locator('.story-map').boundingBox()];
    if (!tip || !feature || !map) throw new Error('no tooltip, feature or map box');
    const apart = tip.y + tip.height <= feature.y + 1 || tip.y >= feature.y + feature.height - 1 || tip.x + tip.width <= feature.x + 1 || tip.x >= feature.x + feature.width - 1;
    expect(apart, 'the tooltip lies clear of its feature').toBe(true);
    expect(tip.x >= map.x - 0.5 && tip.y >= map.y - 0.5 && tip.x + tip.width <= map.x + map.width + 0.5 && tip.y + tip.height <= map.y + map.height + 0.5, 'the tooltip lies inside the map').toBe(true);
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pulse nightclub, Orlando');
    await page.mouse.move(0, 0);
    const box = await target.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toContain('Pulse nightclub, Orlando');
    await context.close();
  });

  it('prints as a handout: the map with numbered places and a numbered list of passages', async () => {
    const { page, context } = await openStory(browser(), { width: 1000, height: 1400 });
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(500);
    const handout = page.getByRole('region', { name: 'Handout' });
    expect(await handout.isVisible()).toBe(true);
    expect(await handout.getByRole('list', { name: /^Places/ }).getByRole('listitem').count()).toBe(story.features.length);
    expect(await page.getByRole('region', { name: 'Timeline' }).isVisible()).toBe(false);
    // The handout's own printed map, numbered, in place of the screen's.
    expect(await handout.getByRole('img', { name: /^Printed map/ }).isVisible()).toBe(true);
    expect(await page.getByRole('region', { name: /^Map of the places/ }).isVisible()).toBe(false);
    await page.screenshot({ path: 'test-results/screenshots/print-handout.png', fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await context.close();
  });
});

describe('on a phone', () => {
  it('the article and places are a sheet the reader raises and lowers, and reading raises it', async () => {
    const { page, context } = await openStory(browser(), { width: 390, height: 844 });
    const article = page.getByRole('region', { name: 'Article', exact: true });
    expect(await article.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Raise' }).click();
    expect(await article.isVisible()).toBe(true);
    const sheet = await page.getByRole('tabpanel', { name: 'Article' }).boundingBox();
    expect(sheet?.height).toBeGreaterThan(250);
    expect((sheet?.y ?? 0) + (sheet?.height ?? 0)).toBeLessThanOrEqual(845);
    const map = await mapRegion(page).boundingBox();
    expect((map?.height ?? 0) * (map?.width ?? 0)).toBeGreaterThan(0.4 * 390 * 844 * 0.8);
    await page.screenshot({ path: 'test-results/screenshots/phone-390x844-sheet.png' });
    await page.getByRole('button', { name: 'Lower' }).click();
    expect(await article.isVisible()).toBe(false);
    await clickFeature(page, 'Mosul, Iraq');
    await page.getByRole('button', { name: 'Read in the article' }).click();
    expect(await article.isVisible()).toBe(true);
    expect(await article.locator('mark').first().isVisible()).toBe(true);
    await context.close();
  });
});

describe('on a phone, a place chosen from the raised list', () => {
  type Box = { x: number; y: number; width: number; height: number } | null;
  const overlap = (a: Box, b: Box) => !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

  it('shows its passage readably, clear of the tab bar, raised again or not', async () => {
    const { page, context } = await openStory(browser(), { width: 390, height: 844 });
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByRole('navigation', { name: 'Places' }).getByRole('button', { name: 'Raqqa, Syria' }).click();
    await passagePanel(page).waitFor();
    await page.waitForTimeout(500);
    const tabs = page.getByRole('tablist', { name: 'Article and places' });
    const quote = passagePanel(page).getByRole('blockquote').first();
    for (const sheet of ['lowered', 'raised'] as const) {
      if (sheet === 'raised') await page.getByRole('button', { name: 'Raise' }).click();
      await page.screenshot({ path: `test-results/screenshots/phone-390x844-place-from-list-${sheet}.png` });
      const [bar, panel, body] = [await tabs.boundingBox(), await passagePanel(page).boundingBox(), await quote.boundingBox()];
      expect(overlap(bar, panel), `tab bar over the passage, sheet ${sheet}`).toBe(false);
      expect(panel?.height ?? 0, `passage height, sheet ${sheet}`).toBeGreaterThanOrEqual((sheet === 'lowered' ? 0.3 : 0.29) * 844);
      // More than the title shows: lowered, lines of the quoted paragraph; raised, at least its start.
      expect((body?.y ?? 844) + (sheet === 'lowered' ? 60 : 0)).toBeLessThanOrEqual((panel?.y ?? 0) + (panel?.height ?? 0));
    }
    await context.close();
  });
});

describe('every screen', () => {
  for (const [name, width, height] of [
    ['phone', 390, 844],
    ['tablet', 768, 1024],
    ['laptop', 1280, 800],
    ['projector', 1920, 1080],
  ] as const) {
    it(`${name} (${width}x${height}): nothing overlaps, the map keeps its room, text is readable`, async () => {
      const { page, context } = await openStory(browser(), { width, height });
      await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
      const map = await mapRegion(page).boundingBox();
      expect((map?.height ?? 0) * (map?.width ?? 0)).toBeGreaterThanOrEqual(0.4 * width * height * (name === 'phone' ? 1 : 0.45));
      const boxes = await Promise.all(
        ['banner', 'main'].map((role) => page.getByRole(role as 'banner' | 'main').boundingBox()),
      );
      const timeline = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
      const [banner, main] = boxes;
      expect(banner && main && banner.y + banner.height <= main.y + 0.5).toBe(true);
      expect(main && timeline && (main.y + main.height <= timeline.y + 0.5 || main.x + main.width <= timeline.x + 0.5)).toBe(true);
      const smallest = await page.evaluate(() =>
        Math.min(...[...document.querySelectorAll('p, li, button, label, h1, h2, h3, blockquote')].filter((e) => (e as HTMLElement).offsetParent).map((e) => parseFloat(getComputedStyle(e).fontSize))),
      );
      expect(smallest).toBeGreaterThanOrEqual(12);
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}.png` });
      await clickFeature(page, 'Manchester Arena');
      await passagePanel(page).waitFor();
      await page.waitForTimeout(500);
      const withPassage = await mapRegion(page).boundingBox();
      if (name === 'phone') expect((withPassage?.height ?? 0) * (withPassage?.width ?? 0)).toBeGreaterThanOrEqual(0.4 * width * height);
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}-passage.png` });
      await context.close();
    });
  }
});
