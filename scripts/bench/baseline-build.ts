/**
 * Builds a baseline page (a folder with an index.html) with the app's Vite, React plugin and target,
 * and the story of `storyFolder` bundled in: scripts/bench/baseline/ (a, React + react-leaflet) and
 * scripts/bench/baseline-canvas/ (b, plain Leaflet on a canvas).
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { build } from 'vite';
import { benchStory } from './story-plugin.ts';

/** The app's build target (vite.config.ts). */
const TARGET = 'es2022';

export async function buildBaseline(page: 'baseline' | 'baseline-canvas', storyFolder: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: resolve('scripts/bench', page),
    base: './',
    plugins: [react(), benchStory(resolve(storyFolder))],
    logLevel: 'warn',
    build: { target: TARGET, outDir: resolve(outDir), emptyOutDir: true, chunkSizeWarningLimit: 100_000 },
  });
}
