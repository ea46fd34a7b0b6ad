/**
 * The code's house rules, checked on every file under src/: imports flow one way (the shared folders,
 * then the features, then the app that composes them), no file runs over 200 lines, and every module
 * opens with a comment that says what it is for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

/** The shared folders (pure, used by any feature), and the files that compose the app. */
const SHARED = new Set(['story', 'geometry', 'labels', 'ui']);
const APP = new Set(['app', 'App.tsx', 'Root.tsx', 'main.tsx', 'prerender.tsx', 'PresenterApp.tsx']);

/** 0 for a shared folder, 1 for a feature (map, panel, tour…), 2 for the app. */
function layerOf(path: string): number {
  const top = path.split('/')[0] ?? '';
  return SHARED.has(top) ? 0 : APP.has(top) ? 2 : 1;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(SRC, path)];
  });
}

const sources = filesUnder(SRC).filter((path) => /\.(tsx?|css)$/.test(path) && !path.endsWith('.d.ts'));
const modules = sources.filter((path) => /\.tsx?$/.test(path) && !/\.test\.ts$/.test(path));

describe('the house rules of src/', () => {
  it('imports flow one way: shared folders, then features, then the app', () => {
    const upward = modules.flatMap((path) => {
      const text = readFileSync(join(SRC, path), 'utf8');
      return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].flatMap(([, spec]) => {
        const target = normalize(join(dirname(path), spec ?? ''));
        return target.startsWith('..') || layerOf(target) <= layerOf(path) ? [] : [`${path} imports ${target}`];
      });
    });
    expect(upward).toEqual([]);
  });

  it('keeps every file under 200 lines', () => {
    const long = sources.map((path) => [path, readFileSync(join(SRC, path), 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 200);
    expect(long).toEqual([]);
  });

  it('opens every module with a comment that says what it is for', () => {
    const bare = modules.filter((path) => !/^\s*(\/\*|\/\/)/.test(readFileSync(join(SRC, path), 'utf8')));
    expect(bare).toEqual([]);
  });
});
