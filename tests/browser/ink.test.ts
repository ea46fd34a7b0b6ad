import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { waitUntilStill } from './feature-point.ts';
import { expectPresenterAt, openPresenter } from './presenter-page.ts';
import { featureButton, openStory, useChromium } from './story-page.ts';

const browser = useChromium();

/** Drags the mouse across `surface` from one fraction of its box to another, in small steps. */
async function drag(page: Page, surface: Locator, from: [number, number], to: [number, number]) {
  const box = await surface.boundingBox();
  if (!box) throw new Error('nothing to draw on');
  const at = (f: number) => [box.x + box.width * (from[0] + (to[0] - from[0]) * f), box.y + box.height * (from[1] + (to[1] - from[1]) * f)] as const;
  await page.mouse.move(...at(0));
  await page.mouse.down();
  for (let step = 1; step <= 10; step += 1) await page.mouse.move(...at(step / 10));
  await page.mouse.up();
}

/** Turns a tool on with its key and waits for the window to say so. */
async function toolOn(page: Page, key: 'd' | 'a', said: RegExp) {
  await page.keyboard.press(key);
  await page.getByRole('status').filter({ hasText: said }).first().waitFor();
}

const classMap = (audience: Page) => audience.getByRole('region', { name: /^Map of the places/ });
/** The presenter window's picture of the class's map, which the teacher draws on. */
const classPicture = (presenter: Page) => presenter.getByRole('region', { name: 'Class screen' }).locator('svg.stop-preview');
const summary = (presenter: Page, text: string) => presenter.getByRole('region', { name: 'Class screen' }).getByText(text, { exact: true });

describe('pointing and drawing on the map during the tour', () => {
  it('mirrors the pen, the arrow and the pointer from the class map in the presenter view; the map does not pan while drawing', async () => {
    const { page: audience, context, errors } = await openStory(browser());
    const presenter = await openPresenter(context, audience);
    const place = featureButton(audience, 'Manchester Arena');
    await waitUntilStill(place);

    await toolOn(audience, 'd', /^Pen on/);
    const before = await place.boundingBox();
    await drag(audience, classMap(audience), [0.1, 0.2], [0.3, 0.35]);
    await presenter.locator('.preview-ink').waitFor({ state: 'attached' });
    expect(await place.boundingBox()).toEqual(before);
    await summary(presenter, '1 stroke drawn').waitFor();

    await toolOn(audience, 'a', /^Arrow on/);
    await drag(audience, classMap(audience), [0.15, 0.6], [0.35, 0.45]);
    // The arrow: a straight line with an SVG arrowhead at its end, on both maps.
    await audience.locator('path.ink-arrow[marker-end]').waitFor();
    await presenter.locator('.preview-arrow .preview-arrowhead').waitFor({ state: 'attached' });
    await summary(presenter, '1 stroke and 1 arrow drawn').waitFor();
    expect(await place.boundingBox()).toEqual(before);
    await audience.keyboard.press('c');
    await summary(presenter, 'Nothing drawn').waitFor();
    expect(await audience.locator('path.ink-arrow, path.ink-stroke').count()).toBe(0);

    await audience.keyboard.down('l');
    const box = await classMap(audience).boundingBox();
    await audience.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 200);
    await presenter.locator('.preview-pointer').waitFor({ state: 'attached' });
    await audience.keyboard.up('l');
    await presenter.locator('.preview-pointer').waitFor({ state: 'detached' });

    await drag(audience, classMap(audience), [0.1, 0.2], [0.3, 0.35]);
    await summary(presenter, '1 arrow drawn').waitFor();
    // Esc puts the tool down and leaves the tour where it was.
    await audience.keyboard.press('Escape');
    await audience.getByRole('status').filter({ hasText: 'Arrow off.' }).waitFor();
    expect(new URL(audience.url()).hash).toBe('#/tour/1');
    await audience.keyboard.press('PageDown');
    await expectPresenterAt(presenter, 2);
    await summary(presenter, 'Nothing drawn').waitFor();
    await audience.locator('path.ink-arrow').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a pen stroke and an arrow drawn in the presenter window appear on the class map, and C in either window clears both', async () => {
    const { page: audience, context, errors } = await openStory(browser());
    const presenter = await openPresenter(context, audience);
    await classPicture(presenter).locator('path').first().waitFor({ state: 'attached' });

    await toolOn(presenter, 'd', /^Pen on/);
    await drag(presenter, classPicture(presenter), [0.2, 0.3], [0.5, 0.5]);
    await audience.locator('path.ink-stroke').waitFor();
    await toolOn(presenter, 'a', /^Arrow on/);
    await drag(presenter, classPicture(presenter), [0.3, 0.8], [0.6, 0.55]);
    await audience.locator('path.ink-arrow[marker-end]').waitFor();
    await summary(presenter, '1 stroke and 1 arrow drawn').waitFor();
    expect(await presenter.locator('.preview-ink').count()).toBe(2);

    // The class map's arrow runs the way it was drawn: left to right, and upwards.
    const arrow = await audience.locator('path.ink-arrow').evaluate((path: SVGPathElement) => {
      const length = path.getTotalLength();
      const [tail, head] = [path.getPointAtLength(0), path.getPointAtLength(length)];
      return { tail: { x: tail.x, y: tail.y }, head: { x: head.x, y: head.y } };
    });
    expect(arrow.head.x).toBeGreaterThan(arrow.tail.x);
    expect(arrow.head.y).toBeLessThan(arrow.tail.y);

    // What the class map draws comes back to the presenter's picture beside the presenter's own.
    await toolOn(audience, 'd', /^Pen on/);
    await drag(audience, classMap(audience), [0.1, 0.2], [0.3, 0.35]);
    await summary(presenter, '2 strokes and 1 arrow drawn').waitFor();
    await audience.keyboard.press('c');
    await summary(presenter, 'Nothing drawn').waitFor();
    expect(await audience.locator('path.ink-arrow, path.ink-stroke').count()).toBe(0);

    await drag(presenter, classPicture(presenter), [0.3, 0.8], [0.6, 0.55]);
    await audience.locator('path.ink-arrow').waitFor();
    await presenter.keyboard.press('c');
    await audience.locator('path.ink-arrow').waitFor({ state: 'detached' });
    await summary(presenter, 'Nothing drawn').waitFor();

    await presenter.keyboard.down('l');
    const box = await classPicture(presenter).boundingBox();
    await presenter.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 60);
    await audience.locator('path.ink-pointer').waitFor();
    await presenter.keyboard.up('l');
    await audience.locator('path.ink-pointer').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
