/**
 * The app with a story of thousands of places (dist-scale/, built by scripts/build-scale.ts: geo/ and
 * 5,000 generated places and 500 flows): the places list holds every place, Tab and Enter reach a
 * place through its groups and open its passage, and a click opens a place whether it is a button or
 * drawn on the canvas of a dense view.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickablePoint, waitUntilMapStill } from './feature-point.ts';
import { openStory, passagePanel, useChromium } from './story-page.ts';

const STORY = 'test-results/scale-story';
const browser = useChromium();
let server: PreviewServer | undefined;
let baseUrl = '';

/** Every feature of the generated story, by id. */
const names = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync('dist-scale/index.html')) throw new Error('dist-scale/ is missing: `npm test` builds it (scripts/build-scale.ts)');
  for (const file of readdirSync(STORY).filter((name) => name.endsWith('.geojson'))) {
    const { features } = JSON.parse(readFileSync(`${STORY}/${file}`, 'utf8')) as { features: { id: string; properties: { name: string } }[] };
    for (const feature of features) names.set(feature.id, feature.properties.name);
  }
  server = await preview({ build: { outDir: 'dist-scale' }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the scale build has no port');
  baseUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await server?.close();
});

function open(width = 1280, height = 800) {
  return openStory(browser(), { baseUrl, width, height, serviceWorker: false });
}

/** The passage panel's title, once it names `name`. */
async function passageNamed(page: Page, name: string) {
  await expect.poll(() => passagePanel(page).locator('#passage-title').textContent(), { timeout: 10_000 }).toBe(name);
}

describe(`a story of ${5000} places and ${500} flows`, () => {
  it('lists every place in the places list', async () => {
    const { page, context, errors } = await open();
    await page.getByRole('tab', { name: 'Places' }).click();
    const list = page.getByRole('navigation', { name: 'Places' });
    await expect.poll(() => list.locator('.place-entry').count(), { timeout: 20_000 }).toBe(names.size);
    expect(await list.getByRole('status').textContent()).toContain(`${names.size} of ${names.size} places shown`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets Tab reach the map’s places, and Enter open a group after group down to a place and its passage', async () => {
    const { page, context, errors } = await open();
    await page.locator('.story-map').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => {
      const element = document.activeElement;
      return element?.closest('.story-map') ? { name: element.getAttribute('aria-label'), group: element.hasAttribute('data-group-of'), id: (element as HTMLElement).dataset.featureId ?? null } : null;
    });
    expect(await focused()).not.toBeNull();
    await page.locator('[data-group-of]').first().focus();
    let now = await focused();
    for (let opened = 0; now?.group && opened < 12; opened += 1) {
      const before = now.name;
      await page.keyboard.press('Enter');
      // Focus waits on the map while the group opens, then moves on to the group's first place (or a smaller group).
      await expect.poll(async () => {
        const at = await focused();
        return at && at.name !== before && (at.group || at.id !== null) ? 'moved on' : 'waiting';
      }, { timeout: 10_000 }).toBe('moved on');
      now = await focused();
    }
    expect(now?.group).toBe(false);
    expect(now?.id && names.get(now.id)).toBe(now?.name);
    await page.keyboard.press('Enter');
    await passageNamed(page, now?.name ?? '');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in a dense view, draws what has no button on a canvas, says so, and opens a drawn place on click as a button does', async () => {
    const { page, context, errors } = await open(2560, 1440);
    await page.locator('.story-map').focus();
    const note = page.locator('.dense-view-note');
    const singles = page.locator('.leaflet-marker-pane [data-feature-id]');
    // Zoomed in, a step at a time once the map has settled, until the view, still dense, gives single
    // places buttons as well as groups (a fixed wait between steps misjudged a loaded machine's zoom).
    const denseWithSingles = async () => (await note.isVisible()) && (await singles.count()) > 0;
    for (let step = 0; step < 4; step += 1) {
      await page.keyboard.press('Equal');
      await waitUntilMapStill(page);
      const reached = await expect.poll(denseWithSingles, { timeout: 5_000 }).toBe(true).then(() => true, () => false);
      if (reached) break;
    }
    await note.waitFor({ timeout: 10_000 });
    expect(await note.textContent()).toMatch(/^[\d,]+ places here are drawn without a button: zoom in to reach them with Tab, or find them in the Places list\.$/);
    const buttons = await page.locator('.leaflet-marker-pane [role="button"]').count();
    expect(buttons).toBeLessThanOrEqual(250);
    // A place's button, by click (first: once a passage is open the camera may move on).
    const button = page.locator('.leaflet-marker-pane [data-feature-id]').first();
    await button.waitFor({ timeout: 10_000 });
    // The first single place that no other symbol covers.
    let point: { x: number; y: number } | null = null;
    let name = '';
    for (const single of (await singles.all()).slice(0, 40)) {
      point = await clickablePoint(single).catch(() => null);
      name = (await single.getAttribute('aria-label')) ?? '';
      if (point) break;
    }
    if (!point) throw new Error('no single place of the view can be clicked');
    await page.mouse.click(point.x, point.y);
    await passageNamed(page, name);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await passagePanel(page).waitFor({ state: 'detached', timeout: 10_000 });
    // The map settles, and the canvas is drawn for the view it ends on.
    await waitUntilMapStill(page, 500);
    // A drawn place, where the pointer meets the map itself and no button or panel.
    const sample = ((await page.locator('canvas.map-drawn-symbols').getAttribute('data-sample', { timeout: 10_000 })) ?? '').split(' ').filter(Boolean);
    const map = await page.locator('.story-map').boundingBox();
    const target = await page.evaluate(({ sample, left, top }) => sample.map((entry) => {
      const [id = '', at = ''] = entry.split('@');
      const [x = 0, y = 0] = at.split(',').map(Number);
      const hit = document.elementFromPoint(left + x, top + y);
      return { id, x: left + x, y: top + y, clear: hit !== null && !hit.closest('[role="button"], .leaflet-control, .map-key') };
    }).find((t) => t.clear) ?? null, { sample, left: map?.x ?? 0, top: map?.y ?? 0 });
    expect(target).not.toBeNull();
    await page.mouse.click(target?.x ?? 0, target?.y ?? 0);
    await passageNamed(page, names.get(target?.id ?? '') ?? '?');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a line drawn on the canvas', () => {
  it('chosen from the choice of lines where several meet, then closed with Esc, leaves focus on the map', async () => {
    const { page, context } = await open();
    await page.locator('.story-map:not([aria-busy])').waitFor({ timeout: 60_000 });
    // Points of the drawn flows' canvas with a line on them, where no element would take the click.
    const points = (await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>('.leaflet-drawn-flows-pane canvas');
      const map = document.querySelector('.story-map')?.getBoundingClientRect();
      if (!canvas || !map) return [];
      const box = canvas.getBoundingClientRect();
      const [sx, sy] = [canvas.width / box.width, canvas.height / box.height];
      const pixels = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      const found: { x: number; y: number }[] = [];
      for (let y = map.top + 120; y < map.bottom - 120 && found.length < 40; y += 11) {
        for (let x = map.left + 120; x < map.right - 120 && found.length < 40; x += 11) {
          const i = (Math.round((y - box.top) * sy) * canvas.width + Math.round((x - box.left) * sx)) * 4 + 3;
          const hit = document.elementFromPoint(x, y);
          if (pixels?.[i] && (hit?.classList.contains('leaflet-container') || hit?.tagName === 'CANVAS')) found.push({ x, y });
        }
      }
      return found;
    })) as { x: number; y: number }[];
    const panel = passagePanel(page);
    const choice = page.getByRole('dialog', { name: /lines here/ });
    let offered = false;
    for (const point of points) {
      await page.mouse.click(point.x, point.y);
      await panel.or(choice).first().waitFor({ timeout: 5_000 }).catch(() => undefined);
      if (await choice.count()) {
        offered = true;
        break;
      }
      if (await panel.count()) {
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
      }
    }
    expect(offered, `a choice of lines at one of ${points.length} points on drawn lines`).toBe(true);
    await choice.getByRole('button').first().click();
    await panel.waitFor();
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.closest('.story-map') !== null)).toBe(true);
    await context.close();
  });
});
