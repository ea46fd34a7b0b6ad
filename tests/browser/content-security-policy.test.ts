/**
 * The Content Security Policy of the built pages: it allows only the page's own origin (and the tile
 * host for images), nothing inline but what the build hashed, and a whole session of use raises no
 * `securitypolicyviolation` event, in the served build and in the single file opened from disk.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { clickFeature, openStory, passagePanel, TILE_PNG, useChromium } from './story-page.ts';

const browser = useChromium();

/** Every violation the page reports, as "directive: blocked (source)", kept on `window.__violations`. */
const COLLECT_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(event.effectiveDirective + ': ' + (event.blockedURI || 'inline') + ' (' + (event.sample || event.sourceFile || '') + ')');
  }, true);
`;

function violations(page: Page): Promise<string[]> {
  return page.evaluate('window.__violations') as Promise<string[]>;
}

/** The policy of a built page, directive by directive. */
function policyOf(file: string): Map<string, string[]> {
  const html = readFileSync(file, 'utf8');
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${file} carries no Content-Security-Policy`);
  return new Map(content.split(';').map((directive) => {
    const [name = '', ...sources] = directive.trim().split(/\s+/);
    return [name, sources];
  }));
}

/** Tries what the policy must refuse: an inline script, and a style attribute written as markup. */
async function tryInlineCode(page: Page): Promise<unknown> {
  return page.evaluate(`(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    document.body.insertAdjacentHTML('beforeend', '<p id="csp-probe" style="color: rgb(255, 0, 0)">probe</p>');
    return { ran: window.__inlineRan ?? false, color: getComputedStyle(document.getElementById('csp-probe')).color };
  })()`);
}

describe('the content security policy', () => {
  it('allows only the page itself, the tile host for images, and no inline code but what the build hashed', () => {
    for (const file of ['dist/index.html', 'dist-single/index.html']) {
      const policy = policyOf(file);
      const all = [...policy.values()].flat();
      expect(all, file).not.toContain("'unsafe-inline'");
      expect(all, file).not.toContain("'unsafe-eval'");
      expect(all.filter((source) => /^https?:/.test(source)), file).toEqual(['https://tile.openstreetmap.org']);
      expect(policy.get('img-src'), file).toContain('https://tile.openstreetmap.org');
      for (const directive of ['default-src', 'script-src', 'style-src', 'connect-src']) {
        expect(policy.get(directive)?.filter((source) => !source.startsWith("'sha256-")), `${file} ${directive}`).toEqual(["'self'"]);
      }
      expect(policy.get('object-src'), file).toEqual(["'none'"]);
    }
  });

  it('meets no violation in a whole session: map, passage, article, places, layers, timeline, online tiles, tour, print', async () => {
    const { page, context, errors } = await openStory(browser(), {
      before: async (p) => {
        await p.addInitScript(COLLECT_VIOLATIONS);
        await p.route('https://tile.openstreetmap.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: TILE_PNG }));
      },
    });
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    await clickFeature(page, 'Bataclan theatre, Paris');
    await passagePanel(page).waitFor();
    await page.getByRole('button', { name: 'Read in the article' }).click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByRole('searchbox').fill('Raqqa');
    await page.getByRole('tabpanel').getByRole('button', { name: /Raqqa/ }).first().click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Layers and key' }).click();
    await page.getByRole('checkbox', { name: /Flows/ }).uncheck();
    await page.getByRole('checkbox', { name: /Flows/ }).check();
    await page.getByRole('button', { name: 'Hide layers and key' }).click();
    await page.getByRole('slider', { name: 'Date' }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await page.getByRole('checkbox', { name: 'Online map tiles (OpenStreetMap)' }).check();
    await page.locator('.leaflet-tile-pane img').first().waitFor();
    await page.getByRole('button', { name: 'Present' }).click();
    await passagePanel(page).waitFor();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('PageDown');
    await page.keyboard.press('Escape');
    await page.emulateMedia({ media: 'print' });
    await page.emulateMedia({ media: 'screen' });
    await page.waitForTimeout(500);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // The policy is live: what it must refuse is refused, and reported.
    expect(await tryInlineCode(page)).toEqual({ ran: false, color: 'rgb(26, 26, 26)' });
    expect((await violations(page)).map((v) => v.split(':')[0])).toEqual(['script-src-elem', 'style-src-attr']);
    await context.close();
  });

  it('meets no violation in the single file opened from disk, and refuses inline code there too', async () => {
    const context: BrowserContext = await browser().newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const page = await context.newPage();
    await page.addInitScript(COLLECT_VIOLATIONS);
    await page.goto(pathToFileURL('dist-single/index.html').href);
    await page.locator('.leaflet-basemap-pane canvas').waitFor({ state: 'attached' });
    await clickFeature(page, 'Manchester Arena');
    await passagePanel(page).waitFor();
    await page.getByRole('button', { name: 'Read in the article' }).click();
    expect(await violations(page)).toEqual([]);
    expect(await tryInlineCode(page)).toMatchObject({ ran: false });
    expect((await violations(page)).map((v) => v.split(':')[0])).toEqual(['script-src-elem', 'style-src-attr']);
    await context.close();
  });
});
