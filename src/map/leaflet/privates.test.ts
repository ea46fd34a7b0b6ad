/**
 * The private members of Leaflet the map relies on (privates.ts, countries-canvas.ts), checked in the
 * installed Leaflet's own source: an upgrade that renames or drops one fails here, not in a class.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LEAFLET_PRIVATES } from './privates.ts';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('leaflet/dist/leaflet-src.js'), 'utf8');
const installed = (JSON.parse(readFileSync(require.resolve('leaflet/package.json'), 'utf8')) as { version: string }).version;
const pinned = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies.leaflet;

/** Where each is made: as a method, or set on the object. */
const MADE = (name: string) => new RegExp(`\\b${name}:\\s*function\\b|this\\.${name}\\s*=`);

describe('Leaflet privates', () => {
  it('are each defined by the installed Leaflet', () => {
    expect(LEAFLET_PRIVATES.filter((name) => !MADE(name).test(source))).toEqual([]);
  });

  it('are those of the Leaflet version pinned in package.json, which is the one installed', () => {
    expect(pinned).toBe('1.9.4');
    expect(installed).toBe(pinned);
  });

  it('are used nowhere in src/ outside src/map/leaflet/', () => {
    const files = (readdirSync('src', { recursive: true }) as string[])
      .map((file) => `src/${file}`)
      .filter((file) => /\.tsx?$/.test(file) && !file.startsWith('src/map/leaflet/') && !/\.test\.tsx?$/.test(file));
    expect(files.length).toBeGreaterThan(100);
    const used = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8').replace(/^\s*(\*|\/\/).*$/gm, '');
      return LEAFLET_PRIVATES.filter((name) => new RegExp(`\\.${name}\\b`).test(text)).map((name) => `${file}: ${name}`);
    });
    expect(used).toEqual([]);
  });
});
