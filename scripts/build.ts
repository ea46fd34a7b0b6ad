/**
 * `npm run build [-- --story <folder>] [-- --out <dir>]` and `npm run build:single [-- …]`: builds the
 * app for a story folder (default `geo/`), as `npm run validate && tsc -b && vite build` did: the
 * folder checked first by the same validator, the code type-checked, then Vite run with STORY_DIR
 * set to the folder (vite.config.ts reads it). Output goes to dist/ (the single file to
 * dist-single/), or to `--out`. The served build also holds a copy of the single file
 * (`story-map-single.html`, for "Save as one file"), built first into a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** What the command line asks for. */
export interface BuildRequest {
  story: string;
  /** The output folder; undefined keeps the config's (dist/, dist-single/). */
  out: string | undefined;
  single: boolean;
}

const USAGE = 'usage: tsx scripts/build.ts [--single] [--story <folder>] [--out <dir>]';

/** The request of `args` (`--story x` or `--story=x`); throws on anything else. */
export function parseBuildArgs(args: readonly string[]): BuildRequest {
  const request: BuildRequest = { story: 'geo', out: undefined, single: false };
  for (let i = 0; i < args.length; i += 1) {
    const [flag = '', inline] = (args[i] ?? '').split(/=(.*)/s, 2);
    if (flag === '--single' && inline === undefined) {
      request.single = true;
      continue;
    }
    if (flag !== '--story' && flag !== '--out' && flag !== '--outDir') throw new Error(`unknown argument ${args[i]}\n${USAGE}`);
    const value = inline ?? args[(i += 1)];
    if (!value || value.startsWith('--')) throw new Error(`${flag} needs a folder\n${USAGE}`);
    if (flag === '--story') request.story = value;
    else request.out = value;
  }
  return request;
}

async function main(): Promise<void> {
  let request: BuildRequest;
  try {
    request = parseBuildArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
  const tsx = process.execPath;
  try {
    execFileSync(tsx, ['--import', 'tsx', 'scripts/validate.ts', request.story], { stdio: 'inherit' });
    execFileSync(tsx, ['node_modules/typescript/bin/tsc', '-b'], { stdio: 'inherit' });
  } catch {
    process.exit(1);
  }
  process.env.STORY_DIR = request.story;
  // The single file first, for the served build to put beside its page ("Save as one file" fetches it).
  const single = request.single ? undefined : mkdtempSync(join(tmpdir(), 'story-map-single-'));
  try {
    if (single) {
      await build({ mode: 'single', logLevel: 'warn', build: { outDir: single, emptyOutDir: true } });
      process.env.SINGLE_FILE = join(single, 'index.html');
    }
    await build({
      ...(request.single && { mode: 'single' }),
      ...(request.out !== undefined && { build: { outDir: request.out, emptyOutDir: true } }),
    });
  } finally {
    if (single) rmSync(single, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
