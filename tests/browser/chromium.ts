/**
 * Launches headless Chromium for the browser tests: `CHROMIUM_PATH` if set, else Debian's
 * `/usr/bin/chromium`, else the Chromium shipped inside the `@sparticuz/chromium` package, so that
 * `npm test` finds a browser on a machine with only Node and npm. Never downloads anything.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags that keep Chromium from reaching any host but the one under test. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

async function findChromium(): Promise<{ path: string; args: string[] }> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, args: [] };
  const system = SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return { path: system, args: [] };
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), args: packaged.args.filter((arg) => !arg.startsWith('--headless')) };
}

/** A fresh headless Chromium; throws (and so fails the tests) when none can be started. */
export async function launchChromium(): Promise<Browser> {
  const { path, args } = await findChromium();
  return chromium.launch({ executablePath: path, headless: true, args: [...new Set([...args, ...CHROMIUM_FLAGS])] });
}
