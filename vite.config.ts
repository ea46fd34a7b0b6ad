import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { embeddedBasemap } from './scripts/basemap-plugin.ts';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { basemapLabels } from './scripts/labels-plugin.ts';
import { prerenderStory } from './scripts/prerender-plugin.ts';
import { storyStamp } from './scripts/story-stamp-plugin.ts';
import { startAfterFirstPaint } from './scripts/start-after-paint-plugin.ts';
import { offlineCache } from './scripts/offline-cache-plugin.ts';
import { inlineStyles, singleFile } from './scripts/single-file-plugin.ts';
import { singleFileCopy } from './scripts/single-file-copy-plugin.ts';

/** The story folder: `geo/`, or another one named by STORY_DIR (the benchmark's generated story). */
const storyFolder = resolve(process.env.STORY_DIR ?? 'geo');

/** The modules the first view needs, preloaded with the app's script: the story's files and the map (not the validator: the build has checked the story). */
function isFirstViewModule(id: string): boolean {
  return id.startsWith(storyFolder) || /\/src\/map\/StoryMap\.tsx$/.test(id);
}

/** `vite build --mode single` (`npm run build:single`): the whole app in one file, dist-single/index.html. */
const SINGLE = 'single';

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the build works from any folder, a sub-path or a USB stick.
  base: './',
  plugins: [
    react(),
    embeddedBasemap({ inline: mode === SINGLE }),
    basemapLabels({ inline: mode === SINGLE, storyFolder }),
    prerenderStory(storyFolder),
    storyStamp(storyFolder),
    ...(mode === SINGLE ? [singleFile('public'), contentSecurityPolicy()] : [inlineStyles(), startAfterFirstPaint(isFirstViewModule), contentSecurityPolicy(), offlineCache('public'), singleFileCopy(process.env.SINGLE_FILE)]),
  ],
  resolve: { alias: { '@story': storyFolder } },
  build: {
    target: 'es2022',
    // The basemap is one large data chunk loaded after first paint; it is not code.
    chunkSizeWarningLimit: 1200,
    ...(mode === SINGLE && {
      outDir: 'dist-single',
      copyPublicDir: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.POSITIVE_INFINITY,
      chunkSizeWarningLimit: 4000,
      rolldownOptions: { output: { codeSplitting: false } },
    }),
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/*.test.ts'],
          environment: 'node',
          // The unit tests first, then the browser tests (projects of different workers run in groups).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./tests/browser/serve-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time, each with its own Chromium: a Chromium leaves a core idle while it
          // waits on its page (624 s for the browser files against 786 s one at a time, on 2 cores).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
}));
