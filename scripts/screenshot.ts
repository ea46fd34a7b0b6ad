/**
 * `npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [click-name]`: a screenshot in headless
 * Chromium, for looking at the app by eye. Not part of the tests.
 */
import { launchChromium } from '../tests/browser/chromium.ts';

const [url = 'http://127.0.0.1:4173/', out = 'shot.png', width = '1280', height = '800', click] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (message) => console.log(`console.${message.type()}: ${message.text()}`));
page.on('pageerror', (error) => console.log(`pageerror: ${error.message}`));
await page.goto(url);
await page.getByRole('button', { name: 'Bataclan theatre, Paris' }).waitFor({ timeout: 15000 });
await page.waitForTimeout(800);
if (click) {
  await page.getByRole('region', { name: /^Map of/ }).getByRole('button', { name: click, exact: true }).click();
  await page.waitForTimeout(800);
}
await page.screenshot({ path: out });
await browser.close();
