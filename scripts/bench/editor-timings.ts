/**
 * The story editor's Find places on this article, in the page as a teacher runs it: the time from the
 * click on Find places to the drafted places listed, with the editor's code and gazetteer loaded
 * (opening the editor loads them; the first run of each page also compiles the drafter). One fresh
 * page per run.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { articleToText } from '../../src/story/article-text.ts';
import type { Article } from '../../src/story/schema.ts';
import { freshPage, spreadOf, type Spread } from './page-timings.ts';

/** This article as the plain text a teacher pastes (the format import-article reads). */
function articleText(): string {
  return articleToText(JSON.parse(readFileSync('geo/article.json', 'utf8')) as Article);
}

/** Find places' times, and how many places it proposed. */
export type FindPlaces = Spread & { places: number };

/** Ms from the click on Find places to the drafted places in the editor's list, `runs` fresh pages. */
export async function findPlaces(browser: Browser, url: string, runs: number): Promise<FindPlaces> {
  const text = articleText();
  const times: number[] = [];
  let places = 0;
  for (let run = 0; run < runs; run += 1) {
    const page = await freshPage(browser);
    await page.goto(url);
    // The page's buttons answer once the app has taken it over: its map's places are there then.
    await page.locator('.story-map [data-feature-id]').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.getByRole('button', { name: 'New story' }).click();
    const dialog = page.getByRole('dialog', { name: 'New story' });
    await dialog.getByRole('textbox', { name: 'Article text' }).fill(text);
    const find = dialog.getByRole('button', { name: 'Find places' });
    await find.waitFor();
    await page.evaluate(`
      window.__found = new Promise((done) => {
        let start = null;
        document.addEventListener('click', () => { start ??= performance.now(); }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (start === null || !document.querySelector('.story-editor li.draft-place')) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true });
      });
      undefined;
    `);
    await find.click();
    times.push(Number(await page.evaluate('window.__found')));
    places = await dialog.locator('li.draft-place').count();
    await page.context().close();
  }
  return { ...spreadOf(times), places };
}
