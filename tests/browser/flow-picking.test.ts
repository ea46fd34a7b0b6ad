import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { monthOf, storyMonths } from '../../src/story/visibility.ts';
import { waitUntilStill } from './feature-point.ts';
import { featureButton, geoStory, openStory, passagePanel, useChromium } from './story-page.ts';

const story = geoStory();
const flows = story.features.filter((f) => f.properties.layer === 'flows');
const browser = useChromium();

/** Shares of a line's length where it is clicked: its middle and its quarter points. */
const ALONG = [0.5, 0.25, 0.75];

/**
 * The screen points of a flow's drawn lines at `share` of each line's length, where a click would
 * land on the map's lines (not on a place, a panel or a control over them).
 */
async function pointsAlong(page: Page, name: string, share: number, settle = true): Promise<{ x: number; y: number }[]> {
  const target = featureButton(page, name);
  if (settle) {
    // After a passage closes the camera may still set off (the map regains the panel's room).
    await page.waitForTimeout(300);
    await waitUntilStill(target);
  }
  return target.evaluate((element, at) => {
    if (!(element instanceof SVGPathElement) || !element.ownerSVGElement) return [];
    const matrix = element.getScreenCTM();
    const subpaths = (element.getAttribute('d') ?? '').split(/(?=M)/).filter((d) => d.trim());
    return subpaths.flatMap((d) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      probe.setAttribute('d', d);
      element.ownerSVGElement?.appendChild(probe);
      const p = probe.getPointAtLength(probe.getTotalLength() * at);
      probe.remove();
      if (!matrix) return [];
      const point = { x: matrix.a * p.x + matrix.c * p.y + matrix.e, y: matrix.b * p.x + matrix.d * p.y + matrix.f };
      const hit = document.elementFromPoint(point.x, point.y);
      return hit instanceof SVGPathElement && hit.closest('.leaflet-overlay-pane') ? [point] : [];
    });
  }, share);
}

/** How many of the flow's lines show at each share of `ALONG`, as `pointsAlong` finds them, in one measure. */
async function countsAlong(page: Page, name: string): Promise<number[]> {
  const counts: number[] = [];
  for (const share of ALONG) counts.push((await pointsAlong(page, name, share, counts.length === 0)).length);
  return counts;
}

/** Clicks a point; expects the flow's passage, directly or by choosing it from the lines offered. */
async function clickOpens(page: Page, name: string, point: { x: number; y: number }): Promise<'direct' | 'chosen'> {
  await page.mouse.click(point.x, point.y);
  const panel = passagePanel(page);
  const choice = page.getByRole('dialog', { name: /lines here/ });
  await panel.or(choice).first().waitFor({ timeout: 5000 });
  let how: 'direct' | 'chosen' = 'direct';
  if (await choice.count()) {
    const options = await choice.getByRole('button').allTextContents();
    expect(options, `the lines offered at ${Math.round(point.x)},${Math.round(point.y)}`).toContain(name);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(options[0]);
    await choice.getByRole('button', { name, exact: true }).click();
    how = 'chosen';
  }
  await panel.waitFor();
  expect(await panel.getByRole('heading', { level: 2 }).textContent(), `clicked at ${Math.round(point.x)},${Math.round(point.y)}`).toBe(name);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  return how;
}

describe('every line can be picked', () => {
  it('clicking a line at its middle and quarter points opens its own passage, or offers a choice holding it', { timeout: 180_000 }, async () => {
    const { page, context, errors } = await openStory(browser());
    for (const flow of flows) {
      const { name } = flow.properties;
      let clicked = 0;
      // How many of its lines show at each share, measured once for the flow (each measure waits for the camera).
      const counts = await countsAlong(page, name);
      for (const [s, share] of ALONG.entries()) {
        for (let i = 0; i < (counts[s] ?? 0); i += 1) {
          // The camera follows each passage: the points are measured again before each click.
          const point = (await pointsAlong(page, name, share))[i];
          if (!point) continue;
          await clickOpens(page, name, point);
          clicked += 1;
        }
      }
      expect(clicked, `${name}: clicked along its visible middle`).toBeGreaterThanOrEqual(2);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('at the first view, the recruits leaving Manchester and the funding from Raqqa open at once, no longer under other lines', async () => {
    const { page, context } = await openStory(browser());
    for (const name of ['Young men from South Manchester who went to join ISIS', 'Funding and instructions, from Raqqa to Molenbeek']) {
      for (const share of ALONG) {
        const [point] = await pointsAlong(page, name, share);
        expect(point, `${name} at ${share}`).toBeDefined();
        if (point) expect(await clickOpens(page, name, point), `${name} at ${share}`).toBe('direct');
        // The closed passage leaves the URL just after the frame: reloaded sooner, the page would open it again.
        await expect.poll(() => new URL(page.url()).hash).not.toMatch(/place/);
        await page.reload();
        await page.locator('.story-map:not([aria-busy])').waitFor();
        await featureButton(page, name).waitFor();
      }
    }
    await context.close();
  });

  it('draws no arrowhead for a line wholly out of the view', async () => {
    const { page, context } = await openStory(browser());
    // Far east, where no line of the story goes: Leaflet draws such a line as the empty path "M0 0".
    const map = await page.locator('.story-map').boundingBox();
    if (!map) throw new Error('no map');
    const y = map.y + map.height / 2;
    for (let i = 0; i < 4; i += 1) {
      await page.mouse.move(map.x + map.width - 20, y);
      await page.mouse.down();
      await page.mouse.move(map.x + 20, y, { steps: 8 });
      await page.mouse.up();
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(800);
    const heads = await page.evaluate(() =>
      [...document.querySelectorAll('.leaflet-overlay-pane path[marker-end]')].map((path) => ({ empty: path.getAttribute('d') === 'M0 0', marker: getComputedStyle(path).markerEnd })),
    );
    const empty = heads.filter((h) => h.empty);
    expect(empty.length, 'lines out of the view, drawn empty').toBeGreaterThan(0);
    expect(empty.filter((h) => h.marker !== 'none')).toEqual([]);
    await context.close();
  });

  it('a line focused from the keyboard shows its focus along it, not a box, and its tooltip covers no symbol', async () => {
    const { page, context } = await openStory(browser());
    // The line from Libya to Manchester: Leaflet opened its tooltip over its middle, on Nice's symbol.
    const line = featureButton(page, 'Abedi, from Libya to Manchester');
    await line.evaluate((element) => (element as SVGElement).focus());
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      const style = element && getComputedStyle(element);
      return { name: element?.getAttribute('aria-label'), outline: style?.outlineStyle, stroke: style?.stroke };
    });
    expect(focused).toEqual({ name: 'Abedi, from Libya to Manchester', outline: 'none', stroke: 'rgb(255, 191, 71)' });
    const tooltip = page.locator('.feature-tooltip').filter({ hasText: 'Abedi, from Libya to Manchester' });
    await tooltip.waitFor();
    await waitUntilStill(tooltip);
    // This line's tooltip: the one of the line focused before it (Shift+Tab) may still be fading out.
    const covered = await page.evaluate(() => {
      const box = [...document.querySelectorAll('.feature-tooltip')].find((t) => t.textContent?.includes('Abedi, from Libya to Manchester'))?.getBoundingClientRect();
      const over = (r: DOMRect) => box !== undefined && r.width > 0 && box.left < r.right && r.left < box.right && box.top < r.bottom && r.top < box.bottom;
      return [...document.querySelectorAll('.leaflet-marker-icon, .leaflet-control, .beyond-view')].filter((e) => over(e.getBoundingClientRect())).map((e) => e.getAttribute('aria-label') ?? e.className);
    });
    expect(covered).toEqual([]);
    await context.close();
  });

  it('the choice of lines answers the keyboard: arrows move, Esc closes it and leaves the map focused', async () => {
    const { page, context } = await openStory(browser());
    // Between two lines of returning fighters as they leave Mosul, off both strokes but within reach of both.
    const fromMosul = flows.filter((f) => f.properties.flow === 'return').map((f) => f.properties.name);
    const candidates: { x: number; y: number }[] = [];
    for (const share of [0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1]) {
      const starts = (await Promise.all(fromMosul.map((name) => pointsAlong(page, name, share)))).flatMap((points) => points.slice(0, 1));
      const gap = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);
      for (const [i, p] of starts.entries()) {
        for (const q of starts.slice(i + 1).filter((other) => gap(p, other) > 7 && gap(p, other) < 13)) candidates.push({ x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 });
      }
    }
    // Of those, the first that is off every stroke and within two bands by a pixel to spare (a line's
    // stroke reaches 3 px, its band 7): a click there offers a choice whatever a sub-pixel shift of the view.
    const point = await page.evaluate((points) => {
      const paths = [...document.querySelectorAll<SVGPathElement>('.leaflet-overlay-pane path.leaflet-interactive')];
      const distances = (x: number, y: number) => paths.map((path) => {
        const matrix = path.getScreenCTM();
        if (!matrix) return Number.POSITIVE_INFINITY;
        let nearest = Number.POSITIVE_INFINITY;
        for (const d of (path.getAttribute('d') ?? '').split(/(?=M)/).filter((part) => part.trim())) {
          const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
          probe.setAttribute('d', d);
          path.ownerSVGElement?.appendChild(probe);
          const length = probe.getTotalLength();
          for (let at = 0; at <= length; at += 0.5) {
            const p = probe.getPointAtLength(at);
            nearest = Math.min(nearest, Math.hypot(matrix.a * p.x + matrix.c * p.y + matrix.e - x, matrix.b * p.x + matrix.d * p.y + matrix.f - y));
          }
          probe.remove();
        }
        return nearest;
      });
      return points.find(({ x, y }) => {
        const near = distances(x, y).sort((a, b) => a - b);
        return (near[0] ?? 0) >= 4 && (near[1] ?? Number.POSITIVE_INFINITY) <= 6;
      });
    }, candidates);
    expect(point, 'a point between two lines near Mosul').toBeDefined();
    if (!point) return;
    await page.mouse.click(point.x, point.y);
    const choice = page.getByRole('dialog', { name: /lines here/ });
    await choice.waitFor();
    const options = await choice.getByRole('button').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(options[1]);
    await page.keyboard.press('Escape');
    await choice.waitFor({ state: 'detached' });
    expect(await passagePanel(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('leaflet-container'))).toBe(true);
    await context.close();
  });
});

describe('lines on a touch screen', () => {
  it('take taps in a band twice as wide as for a mouse', async () => {
    const bandWidths = async (touch: boolean) => {
      const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: touch, isMobile: touch });
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      const widths = new Set<string | null>();
      for (const flow of flows) {
        const band = page.getByRole('button', { name: flow.properties.name, exact: true });
        await band.waitFor({ state: 'attached', timeout: 20_000 });
        widths.add(await band.getAttribute('stroke-width'));
      }
      await context.close();
      return [...widths];
    };
    expect(await bandWidths(false)).toEqual(['14']);
    expect(await bandWidths(true)).toEqual(['28']);
  });
});

describe('lines are dated', () => {
  const laterThan = (month: string) => story.features.filter((f) => f.properties.date !== undefined && monthOf(f.properties.date) > month);

  it('with the Date slider at May 2014, no line or place dated later shows', async () => {
    const { page, context } = await openStory(browser());
    const slider = page.getByRole('slider', { name: 'Date' });
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < storyMonths(story.features).indexOf('2014-05'); i += 1) await page.keyboard.press('ArrowRight');
    expect(await slider.getAttribute('aria-valuetext')).toBe('May 2014');
    const later = laterThan('2014-05');
    expect(later.map((f) => f.id)).toEqual(expect.arrayContaining(['abedi-libya-manchester', 'returning-fighters-united-kingdom', 'paris-bataclan']));
    for (const feature of later) await expect.poll(() => featureButton(page, feature.properties.name).count(), { message: feature.id }).toBe(0);
    await expect.poll(() => featureButton(page, 'Nemmouche, from Syria to Brussels').count()).toBe(1);
    await expect.poll(() => featureButton(page, 'Young men from South Manchester who went to join ISIS').count()).toBe(1);
    await context.close();
  });

  it('tour stop 2, Brussels in May 2014, shows none of the attacks of 2015–2017 and no later line', async () => {
    const { page, context } = await openStory(browser(), { path: '#/tour/2', waitForFeatures: false });
    await featureButton(page, 'Nemmouche, from Syria to Brussels').waitFor();
    await page.locator('.story-map:not([aria-busy])').waitFor();
    const later = laterThan('2014-05').filter((f) => ['attacks', 'flows'].includes(f.properties.layer));
    expect(later.length).toBeGreaterThan(10);
    for (const feature of later) await expect.poll(() => featureButton(page, feature.properties.name).count(), { message: feature.id }).toBe(0);
    await expect.poll(() => featureButton(page, 'Jewish Museum of Belgium, Brussels').count()).toBe(1);
    await context.close();
  });
});
