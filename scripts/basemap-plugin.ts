/**
 * Vite plugin: the embedded basemap as a module of canvas paths, `virtual:countries-50m`, made at
 * build time from world-atlas's Natural Earth countries (see src/map/basemap-paths.ts). It becomes
 * its own chunk, `countries-50m-<hash>.js`, loaded after first paint.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { basemapPaths } from '../src/map/basemap-paths.ts';

export const BASEMAP_MODULE = 'virtual:countries-50m';
/** Not `\0`-prefixed as virtual modules often are: the chunk takes its name from it, as `countries-50m-<hash>.js`. */
const RESOLVED = '/@embedded-basemap/countries-50m.js';

export function embeddedBasemap(): Plugin {
  return {
    name: 'embedded-basemap',
    resolveId(source) {
      return source === BASEMAP_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      this.addWatchFile(file);
      const { countries } = basemapPaths(JSON.parse(readFileSync(file, 'utf8')));
      return `/** Natural Earth 1:50m countries (public domain), via world-atlas: SVG path data. */\nexport const countries = ${JSON.stringify(countries)};\n`;
    },
  };
}
