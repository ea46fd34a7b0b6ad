/**
 * Vite plugin: the embedded basemap, made at build time from world-atlas's Natural Earth countries
 * (see src/map/basemap/basemap-paths.ts), behind one module, `virtual:countries-50m`, whose `loadCountries()`
 * gives the paths.
 *
 * In a served build, the paths are a text file of their own, `assets/countries-50m-<hash>.txt` (one
 * path a line), fetched after first paint: as a script, Chromium spent about 100 ms of the main thread
 * on that one large module (Lighthouse's mobile trace) for what is only data. In the single file and
 * in development, they are part of the script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { basemapPaths } from '../src/map/basemap/basemap-paths.ts';
import { virtualModulePlugin } from './virtual-module-plugin.ts';

export const BASEMAP_MODULE = 'virtual:countries-50m';
/** The file name of the paths in a served build, before its hash. */
export const BASEMAP_FILE = 'countries-50m.txt';

export function embeddedBasemap({ inline }: { inline: boolean }): Plugin {
  return virtualModulePlugin('embedded-basemap', BASEMAP_MODULE, function loadBasemap(building) {
    const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
    this.addWatchFile(file);
    const { countries } = basemapPaths(JSON.parse(readFileSync(file, 'utf8')));
    const credit = '/** Natural Earth 1:50m countries (public domain), via world-atlas: SVG path data. */';
    if (inline || !building) {
      return `${credit}\nconst countries = ${JSON.stringify(countries)};\nexport async function loadCountries() {\n  return countries;\n}\n`;
    }
    if (countries.some((path) => path.includes('\n'))) throw new Error('a basemap path holds a line break');
    const reference = this.emitFile({ type: 'asset', name: BASEMAP_FILE, source: countries.join('\n') });
    return `${credit}
export async function loadCountries() {
  const response = await fetch(import.meta.ROLLUP_FILE_URL_${reference});
  if (!response.ok) throw new Error(\`the basemap could not be loaded (HTTP \${response.status})\`);
  return (await response.text()).split('\\n');
}
`;
  });
}
