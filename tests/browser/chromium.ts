/**
 * Launches headless Chromium for the browser tests: `CHROMIUM_PATH` if set, else Debian's
 * `/usr/bin/chromium`, else the Chromium shipped inside the `@sparticuz/chromium` package, so that
 * `npm test` finds a browser on a machine with only Node and npm. Never downloads anything.
 * `CHROMIUM_PACKAGED=1` skips the system browser, to check that fallback.
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

/** The Chromium to run: `CHROMIUM_PATH`, Debian's, or the one inside `@sparticuz/chromium`. */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  const system = process.env.CHROMIUM_PACKAGED ? undefined : SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) return system;
  // Its own launch flags are for serverless hosts (one process, web security off): ours suffice here.
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** A fresh headless Chromium; throws (and so fails the tests) when none can be started. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: CHROMIUM_FLAGS });
}
