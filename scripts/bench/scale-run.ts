/**
 * The scale run: a generated story of thousands of places (scripts/bench/scale-story.ts), in the app
 * and in baseline (b), plain Leaflet on a canvas. For each: ms from navigation to the frame after all
 * features are drawn, the frames of a pan, and ms from a click on a feature in view to its passage.
 * A step that does not finish within its limit is reported, not thrown: at 50,000 places that is a result.
 */
import type { Browser, Page } from 'playwright-core';
import { clickablePoint } from '../../tests/browser/feature-point.ts';
import { armReady, evaluateWithin, freshPage, inputToShown } from './page-timings.ts';
import { panFrames, type PanSpread } from './pan-frames.ts';

/** One page's figures at scale; NaN or null where a step did not finish (see `problems`). */
export interface ScaleFigures {
  drawnMs: number;
  pan: PanSpread | null;
  openMs: number;
  /** The name in the passage that the click opened. */
  opened: string;
  /** How many lines the click offered a choice of (0: it opened the passage itself); then `openMs` is the choice's click. */
  offered: number;
  problems: string[];
}

/** How long each step may take, in ms. */
export interface ScaleLimits {
  drawnMs: number;
  panMs: number;
}

/** Where to click and what shows that the passage of what was clicked is open. */
type Target = { x: number; y: number; name: string; shown: string };

/** The app's contract with the benchmark: features are `[data-feature-id]`, the map is busy until all are drawn. */
const APP = {
  map: '.story-map',
  drawn: `document.querySelector('.story-map') && !document.querySelector('.story-map[aria-busy]') && document.querySelector('[data-feature-id]')`,
  async target(page: Page): Promise<Target> {
    // Places first (the last drawn, on top, first), then lines; in view. The first a click can reach
    // with no other line beneath, as an element or drawn on the canvas (where lines meet, the app offers a choice instead of a passage).
    const ids = (await page.evaluate(`(() => {
      const map = document.querySelector('.story-map').getBoundingClientRect();
      const inView = (box) => box.right > map.left && box.left < map.right && box.bottom > map.top && box.top < map.bottom;
      const features = [...document.querySelectorAll('[data-feature-id]')].filter((element) => inView(element.getBoundingClientRect()));
      const places = features.filter((element) => !(element instanceof SVGElement)).reverse();
      return [...places, ...features.filter((element) => element instanceof SVGElement)].slice(0, 80).map((element) => element.dataset.featureId);
    })()`)) as string[];
    let fallback: Target | null = null;
    for (const id of ids) {
      const feature = page.locator(`[data-feature-id="${id}"]`).first();
      const point = await clickablePoint(feature).catch(() => null);
      if (!point) continue;
      const name = (await feature.getAttribute('aria-label')) ?? '';
      const target = { ...point, name, shown: `document.querySelector('#passage-title')?.textContent === ${JSON.stringify(name)}` };
      const lines = Number(await page.evaluate(`document.elementsFromPoint(${point.x}, ${point.y}).filter((e) => e.classList.contains('line-hit')).length`));
      if (lines <= 1 && !(await drawnLineNear(page, point))) return target;
      fallback ??= target;
    }
    if (fallback) return fallback;
    throw new Error(`no feature of the app in view that a click can reach (of ${ids.length} tried)`);
  },
};

/**
 * Whether a line the app drew on its canvas (beyond the lines that are elements) passes within the
 * reach of a click at `point`: there the app offers a choice of lines rather than a passage.
 */
async function drawnLineNear(page: Page, point: { x: number; y: number }, reach = 10): Promise<boolean> {
  return Boolean(await page.evaluate(`[...document.querySelectorAll('.leaflet-drawn-flows-pane canvas')].some((canvas) => {
    const box = canvas.getBoundingClientRect();
    const [sx, sy] = [canvas.width / box.width, canvas.height / box.height];
    const x = Math.round((${point.x} - ${reach} - box.left) * sx);
    const y = Math.round((${point.y} - ${reach} - box.top) * sy);
    const pixels = canvas.getContext('2d').getImageData(x, y, Math.max(1, Math.round(2 * ${reach} * sx)), Math.max(1, Math.round(2 * ${reach} * sy))).data;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
    return false;
  })`));
}

/** Baseline (b): the map is marked `data-drawn`; the topmost place in view is found through Leaflet. */
const CANVAS = {
  map: '#map',
  drawn: `document.querySelector('#map[data-drawn]')`,
  async target(page: Page): Promise<Target> {
    const point = (await page.evaluate(`(() => {
      const map = window.benchMap;
      const size = map.getSize();
      let found = null;
      map.eachLayer((layer) => {
        if (!layer.getRadius) return;
        const at = map.latLngToContainerPoint(layer.getLatLng());
        if (at.x > 60 && at.x < size.x - 60 && at.y > 60 && at.y < size.y - 60) found = at;
      });
      if (!found) return null;
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + found.x, y: box.top + found.y };
    })()`)) as { x: number; y: number } | null;
    if (!point) throw new Error('no place of baseline (b) in view to click');
    return { ...point, name: 'the topmost place', shown: `Boolean(document.querySelector('#passage-title')?.textContent)` };
  },
};

export async function scaleRun(browser: Browser, url: string, page: 'app' | 'canvas', limits: ScaleLimits): Promise<ScaleFigures> {
  const kind = page === 'app' ? APP : CANVAS;
  const tab = await freshPage(browser);
  const figures: ScaleFigures = { drawnMs: Number.NaN, pan: null, openMs: Number.NaN, opened: '', offered: 0, problems: [] };
  try {
    await armReady(tab, kind.drawn);
    await tab.goto(url, { waitUntil: 'commit', timeout: limits.drawnMs });
    figures.drawnMs = await evaluateWithin(tab, 'window.__ready', limits.drawnMs);
    if (Number.isNaN(figures.drawnMs)) throw new Error(`not all drawn within ${limits.drawnMs / 1000} s`);
    await tab.waitForTimeout(1000);
    figures.pan = await panFrames(tab, kind.map, limits.panMs);
    if (figures.pan.cutShort) figures.problems.push(`pan cut short after ${limits.panMs / 1000} s`);
    if (!figures.pan.moved) figures.problems.push('the drag did not move the map');
    await tab.waitForTimeout(1000);
    const target = await kind.target(tab);
    // Where no line of the view lies alone (50,000 places and 5,000 flows), the app answers a click on
    // a line with a choice of the lines there: then the figure is that of choosing it from the list.
    const choice = `document.querySelector('.line-choice')`;
    figures.openMs = await inputToShown(tab, 'click', `(${target.shown}) || Boolean(${choice})`, () => tab.mouse.click(target.x, target.y));
    const offered = Number(await tab.evaluate(`(${target.shown}) ? 0 : document.querySelectorAll('.line-choice-option').length`));
    if (offered > 0) {
      const option = tab.locator('.line-choice-option', { hasText: target.name }).first();
      await option.scrollIntoViewIfNeeded();
      const box = await option.boundingBox();
      if (!box) throw new Error(`the choice of ${offered} lines has no “${target.name}”`);
      figures.openMs = await inputToShown(tab, 'click', target.shown, () => tab.mouse.click(box.x + box.width / 2, box.y + box.height / 2));
    }
    const title = String(await tab.evaluate(`document.querySelector('#passage-title')?.textContent ?? ''`));
    figures.opened = title;
    figures.offered = offered;
    if (Number.isNaN(figures.openMs)) figures.problems.push(`the click on “${target.name}” opened no passage within 30 s (the passage title reads “${title}”)`);
  } catch (error) {
    figures.problems.push(error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));
  } finally {
    await tab.context().close();
  }
  return figures;
}
