/**
 * The app built for another story than geo/'s: `npm run build -- --story <folder> --out <dir>` with
 * tests/fixtures/atlantic-flights (drafted from an article on the first flights across the Atlantic),
 * into a folder of its own so that dist/ stays the other tests'. Its page is the story's, every place
 * is on the map, a click opens its passage, the tour starts, and nothing is asked of another host.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { validateStory, type Story } from '../../src/story/validate-story.ts';
import { clickFeature, featureButton, openStory, passagePanel, useChromium } from './story-page.ts';

const FOLDER = 'tests/fixtures/atlantic-flights';
const OUT = 'test-results/dist-any-story';
const browser = useChromium();

function fixtureStory(): Story {
  const files = Object.fromEntries(readdirSync(FOLDER).filter((name) => name.endsWith('json')).map((name) => [name, readFileSync(`${FOLDER}/${name}`, 'utf8')]));
  const result = validateStory(files, `${FOLDER}/`);
  if (!result.ok) throw new Error(`${FOLDER} is invalid: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.story;
}

const story = fixtureStory();
const places = story.features.filter((f) => f.properties.layer !== 'flows');
let server: PreviewServer | undefined;
let baseUrl = '';

beforeAll(async () => {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--story', FOLDER, '--out', OUT], { stdio: ['ignore', 'ignore', 'inherit'] });
  server = await preview({ build: { outDir: OUT }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('the preview server has no port');
  baseUrl = `http://127.0.0.1:${address.port}/`;
});

afterAll(async () => {
  await server?.close();
});

describe('a story built with --story', () => {
  it("is the story's page: its title, kicker and headline, and nothing of geo/'s article", async () => {
    const { page, context, errors } = await openStory(browser(), { baseUrl });
    expect(await page.title()).toBe(`Story map: ${story.article.headline}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(story.article.headline);
    expect(await page.locator('.masthead .kicker').textContent()).toBe(story.article.kicker);
    await page.getByRole('button', { name: 'Layers and key' }).click();
    const text = `${await page.title()} ${await page.locator('head meta[name="description"]').getAttribute('content')} ${await page.locator('body').innerText()}`;
    expect(text).not.toMatch(/ISIS|Islamic State|Manchester|Brussels|Raqqa|May 2017|Attacks?\b|Strongholds?|Fighters returning/);
    // Its layers and lines in its own words (article.json's words), in the key and on the layer switches.
    expect(text).toContain('Places on the way');
    // A key of what the story has: no line styles nor tolls where it has no lines nor tolls.
    expect(text).not.toMatch(/Perhaps|sized by deaths|Line styles/);
    // Each layer counts what it shows in the story's words, not in GIS's.
    expect(text).toMatch(/Places on the way\s+8 places/);
    expect(text).not.toMatch(/\d+ features?\b/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts every drafted place on the map, a button of its own or of its group, and a click opens its passage with the quoted sentence', async () => {
    const { page, context, requests, errors } = await openStory(browser(), { baseUrl });
    for (const place of places) expect(await featureButton(page, place.properties.name).count(), place.id).toBeGreaterThan(0);
    const londonderry = places.find((f) => f.id === 'londonderry');
    if (!londonderry) throw new Error(`${FOLDER} has no londonderry`);
    await clickFeature(page, londonderry.properties.name);
    const panel = passagePanel(page);
    await panel.getByRole('heading', { name: londonderry.properties.name }).waitFor({ timeout: 5_000 });
    expect(await panel.textContent()).toContain('Passage · Place on the way');
    expect((await panel.locator('mark').allTextContents()).join(' ')).toContain(londonderry.properties.passage[0]);
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("starts the story's tour at its first stop, and asks nothing of another host", async () => {
    const { page, context, requests, errors } = await openStory(browser(), { baseUrl });
    await page.getByRole('button', { name: 'Present' }).click();
    await page.waitForFunction(() => location.hash === '#/tour/1', undefined, { timeout: 5_000 });
    const panel = passagePanel(page);
    const [first] = story.tour?.stops ?? [];
    expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(first?.title);
    expect((await panel.locator('blockquote mark').allTextContents()).join(' ')).toContain(first?.passage[0]);
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => location.hash === '#/tour/2', undefined, { timeout: 5_000 });
    expect(requests.filter((url) => !url.startsWith(baseUrl))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
