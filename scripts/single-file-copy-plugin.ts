/**
 * Vite plugin for the served build: puts the single file (built just before by scripts/build.ts) beside
 * index.html as `story-map-single.html`, which "Save as one file" fetches from the page's own origin to
 * write the map with the story shown into it. Written after the bundle, so that the offline cache's list
 * (a few MB less to keep) leaves it out.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { SINGLE_FILE_COPY } from '../src/story-package/story-source.ts';

/** Copies `singleFile` (dist-single's index.html, or a temporary build of it) into the output; nothing where there is none. */
export function singleFileCopy(singleFile: string | undefined): Plugin {
  return {
    name: 'single-file-copy',
    apply: 'build',
    writeBundle(options) {
      if (!singleFile || !existsSync(singleFile) || !options.dir) return;
      copyFileSync(singleFile, join(options.dir, SINGLE_FILE_COPY));
    },
  };
}
