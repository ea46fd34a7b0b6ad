/**
 * Vite plugin for the baselines: `virtual:bench-story` is every feature of a story folder's layer
 * files, read at build time and bundled with the page (no request at run time), as a competent
 * developer would import the GeoJSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { LAYER_IDS } from '../../src/story/kinds.ts';

const ID = 'virtual:bench-story';
const RESOLVED = `\0${ID}`;

export function benchStory(folder: string): Plugin {
  return {
    name: 'bench-story',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const features = LAYER_IDS.flatMap((layer) => (JSON.parse(readFileSync(join(folder, `${layer}.geojson`), 'utf8')) as { features: unknown[] }).features);
      // JSON.parse of one string: how Vite itself bundles large JSON, and faster to start than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(features))});`;
    },
  };
}
