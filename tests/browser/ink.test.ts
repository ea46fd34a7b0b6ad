import { describe, expect, it } from 'vitest';
import { waitUntilStill } from './feature-point.ts';
import { expectPresenterAt, openPresenter } from './presenter-page.ts';
import { featureButton, openStory, useChromium } from './story-page.ts';

const browser = useChromium();

describe('pointing and drawing on the map during the tour', () => {
  it('mirrors the pen and the pointer on the class map in the presenter view; the map does not pan while drawing', async () => {
    const { page: audience, context, errors } = await openStory(browser());
    const presenter = await openPresenter(context, audience);
    const place = featureButton(audience, 'Manchester Arena');
    await waitUntilStill(place);
    const box = await audience.getByRole('region', { name: /^Map of the places/ }).boundingBox();
    if (!box) throw new Error('no map');
    async function draw() {
      await audience.mouse.move(box!.x + 80, box!.y + 120);
      await audience.mouse.down();
      for (let step = 1; step <= 10; step += 1) await audience.mouse.move(box!.x + 80 + step * 20, box!.y + 120 + step * 12);
      await audience.mouse.up();
    }
    await audience.keyboard.press('d');
    await audience.getByRole('status').filter({ hasText: /^Pen on/ }).waitFor();
    const before = await place.boundingBox();
    await draw();
    await presenter.locator('.preview-ink').waitFor({ state: 'attached' });
    expect(await place.boundingBox()).toEqual(before);
    await presenter.getByText('1 stroke drawn', { exact: true }).waitFor();
    await audience.keyboard.press('c');
    await presenter.getByText('Nothing drawn', { exact: true }).waitFor();

    await audience.keyboard.down('l');
    await audience.mouse.move(box.x + 200, box.y + 200);
    await presenter.locator('.preview-pointer').waitFor({ state: 'attached' });
    await audience.keyboard.up('l');
    await presenter.locator('.preview-pointer').waitFor({ state: 'detached' });

    await draw();
    await presenter.getByText('1 stroke drawn', { exact: true }).waitFor();
    await audience.keyboard.press('d');
    await audience.getByRole('status').filter({ hasText: 'Pen off.' }).waitFor();
    await audience.keyboard.press('PageDown');
    await expectPresenterAt(presenter, 2);
    await presenter.getByText('Nothing drawn', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
