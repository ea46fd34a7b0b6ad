/**
 * Vite plugin: the basemap's names and rivers (src/labels/label-data.ts), made at build time from
 * npm data packages (scripts/labels/build-label-data.ts) and ranked by the story of the story folder
 * (its countries and cities first), behind one module, `virtual:basemap-labels`: `loadLabelData()`
 * gives them, and `labelCredits` names their sources at once, for the map's attribution.
 *
 * In a served build, the data is a JSON file of its own, `assets/basemap-labels-<hash>.json`, fetched
 * from the page's own origin the first time it is asked for (after first paint), like the countries;
 * the service worker keeps it with every other file. In the single file and in development, it is
 * part of the script.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { buildLabelData, LABEL_CREDITS, LABEL_SOURCE_FILES, loadLabelSources } from './labels/build-label-data.ts';
import { storyPlaces } from './labels/story-places.ts';
import { readStory } from './prerender-plugin.ts';
import { readStoryFolder } from './story-folder.ts';
import { virtualModulePlugin } from './virtual-module-plugin.ts';

/** The module's name, as the app imports it. */
export const LABELS_MODULE = 'virtual:basemap-labels';
/** The file name of the label data in a served build, before its hash. */
export const LABELS_FILE = 'basemap-labels.json';

/** The module's code, given how it gets the data: an expression of a promise of it. */
function moduleCode(loading: string): string {
  return `/** The basemap's names and rivers, made at build time by scripts/labels-plugin.ts. */
export const labelCredits = ${JSON.stringify(LABEL_CREDITS)};
let loading;
export function loadLabelData() {
  loading ??= ${loading};
  // A failed load may be tried again.
  loading.catch(() => { loading = undefined; });
  return loading;
}
`;
}

/**
 * The plugin; `inline` puts the data into the script (the single file) rather than a file of its own;
 * `storyFolder` is the story the names are ranked for (the build's, STORY_DIR or geo/).
 */
export function basemapLabels({ inline, storyFolder }: { inline: boolean; storyFolder: string }): Plugin {
  return virtualModulePlugin('basemap-labels', LABELS_MODULE, async function loadLabels(building) {
    const require = createRequire(import.meta.url);
    for (const file of LABEL_SOURCE_FILES) this.addWatchFile(require.resolve(file));
    for (const file of Object.keys(readStoryFolder(storyFolder))) this.addWatchFile(join(storyFolder, file));
    const json = JSON.stringify(buildLabelData(await loadLabelSources(), storyPlaces(await readStory(storyFolder))));
    if (inline || !building) return moduleCode(`Promise.resolve(JSON.parse(${JSON.stringify(json)}))`);
    const reference = this.emitFile({ type: 'asset', name: LABELS_FILE, source: json });
    return moduleCode(`fetch(import.meta.ROLLUP_FILE_URL_${reference}).then((response) => {
    if (!response.ok) throw new Error(\`the basemap's names could not be loaded (HTTP \${response.status})\`);
    return response.json();
  })`);
  });
}
