/**
 * What the benchmark builds, and where: the app (`dist/`), baseline (a) of the story in `geo/`, and for
 * each scale run a generated story, the app built on it and baseline (b) drawing it.
 * All under bench-results/ (ignored by git) but the app's own `dist/`.
 */
import { execSync } from 'node:child_process';
import { buildBaseline } from './baseline-build.ts';
import type { BenchOptions } from './options.ts';
import { writeScaleStory, type ScaleOptions } from './scale-story.ts';

const OUT = 'bench-results';

/** The folders of one scale run: its story, the app built on it, baseline (b) built on it. */
export interface ScaleDists {
  story: string;
  app: string;
  baseline: string;
}

export const DIST = { app: 'dist', baseline: `${OUT}/baseline-dist` };

export function scaleDists(name: 'scale' | 'huge'): ScaleDists {
  return { story: `${OUT}/${name}-story`, app: `${OUT}/${name}-dist`, baseline: `${OUT}/${name}-baseline-dist` };
}

function run(command: string, env: Record<string, string> = {}) {
  execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

async function buildScale(dists: ScaleDists, size: ScaleOptions): Promise<void> {
  writeScaleStory('geo', dists.story, size);
  run(`npx vite build --outDir ${dists.app} --emptyOutDir --logLevel warn`, { STORY_DIR: dists.story });
  await buildBaseline('baseline-canvas', dists.story, dists.baseline);
}

export async function buildAll(options: BenchOptions): Promise<void> {
  run('npm run build');
  await buildBaseline('baseline', 'geo', DIST.baseline);
  await buildScale(scaleDists('scale'), options.scale);
  if (options.huge) await buildScale(scaleDists('huge'), options.huge);
}
