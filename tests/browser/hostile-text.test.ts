/**
 * Text from a story file is shown as text, never run as HTML. The tests change the story on its way
 * to the browser (the served chunks), as a tampered or hand-edited copy would: once with markup the
 * validator lets pass as ordinary text, which must show everywhere literally, and once with active
 * content, which the validator refuses and the error screen must quote, still as text.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStory, revealFeature, passagePanel, useChromium } from './story-page.ts';

const browser = useChromium();

/** Routes the attacks layer through `change`, which edits its text (the chunk holds the file's JSON). */
function changeAttacks(change: (text: string) => string) {
  return (page: Page) =>
    page.route('**/assets/attacks-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: change(await response.text()) });
    });
}

/** Whether any injected handler ran, or any element of the injected tags exists inside `selector`. */
function injected(page: Page, selector: string, tags: string): Promise<{ ran: unknown; elements: number }> {
  return page.evaluate(
    `({ ran: window.__pwned, elements: document.querySelector(${JSON.stringify(selector)})?.querySelectorAll(${JSON.stringify(tags)}).length ?? -1 })`,
  ) as Promise<{ ran: unknown; elements: number }>;
}

describe('text from the story', () => {
  it('shows markup in a name and a note literally: on the map, in the tooltip, the passage, the list and the handout', async () => {
    const name = '<b>Bataclan</b> & <i>theatre</i>';
    const note = '<u>Underlined</u> & <em>stressed</em>: ';
    const { page, context, errors } = await openStory(browser(), {
      path: '#/place/paris-bataclan',
      serviceWorker: false,
      before: changeAttacks((text) =>
        text.replace('"name": "Bataclan theatre, Paris"', `"name": ${JSON.stringify(name)}`).replace('"note": "The article’s 130', `"note": "${note}The article’s 130`),
      ),
    });
    const panel = passagePanel(page);
    await panel.waitFor();
    // The passage: the name as its title, the note beside it, both as typed.
    expect(await page.locator('#passage-title').textContent()).toBe(name);
    expect(await panel.getByRole('note').textContent()).toContain(`${note}The article’s 130`);
    expect(await injected(page, '.passage-panel, [role="complementary"]', 'b, i, u, em')).toEqual({ ran: undefined, elements: 0 });
    // The map: a button named after the text, and its tooltip showing it.
    const marker = await revealFeature(page, name);
    expect(await marker.getAttribute('aria-label')).toBe(name);
    await page.keyboard.press('Escape');
    // Focus given back on Esc opens no tooltip: focus is taken to the marker afresh, as Tab would.
    await marker.blur();
    await marker.focus();
    const tooltip = page.locator('.feature-tooltip');
    await tooltip.waitFor();
    expect(await tooltip.locator('strong').textContent()).toBe(name);
    expect(await injected(page, '.leaflet-container', 'b, i, u, em')).toEqual({ ran: undefined, elements: 0 });
    // The places list and the printed handout.
    await page.getByRole('tab', { name: 'Places' }).click();
    await page.getByRole('tabpanel').getByText(name, { exact: true }).waitFor();
    expect(await injected(page, '[role="tabpanel"]', 'b, i, u, em')).toEqual({ ran: undefined, elements: 0 });
    expect(await page.locator('.print-handout').textContent()).toContain(name);
    expect(await injected(page, '.print-handout', 'b, i, u, em')).toEqual({ ran: undefined, elements: 0 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses active content, and the error screen quotes it as text: no image, no script, no handler runs', async () => {
    const payload = '<img src=x onerror=window.__pwned=1>';
    const script = '<script>window.__pwned=2</script>';
    const { page, context, requests } = await openStory(browser(), {
      waitForFeatures: false,
      serviceWorker: false,
      before: changeAttacks((text) =>
        text.replace('"name": "Bataclan theatre, Paris"', `"name": "${payload}"`).replace('"note": "The article’s 130', `"note": "${script}The article’s 130`),
      ),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toContain(`feature "paris-bataclan": properties.name: must be plain text, but holds markup or a script address: "${payload}"`);
    expect(shown).toContain(`properties.note: must be plain text, but holds markup or a script address: "${script}`);
    await page.waitForTimeout(500);
    expect(await injected(page, 'body', 'img, script:not([src])')).toEqual({ ran: undefined, elements: 0 });
    expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
    await context.close();
  });
});
