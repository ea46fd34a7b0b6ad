import { describe, expect, it, vi } from 'vitest';
import { readStoryFolder } from '../../scripts/story-folder.ts';
import { validateStory, validateStoryInSlices } from './validate-story.ts';

const FOLDERS = ['geo', 'tests/fixtures/hostile-story'];

describe('validateStoryInSlices', () => {
  it.each(FOLDERS)('finds exactly what validateStory finds, for %s', async (folder) => {
    const files = readStoryFolder(folder);
    expect(await validateStoryInSlices(files, `${folder}/`)).toEqual(validateStory(files, `${folder}/`));
  });

  it('gives the page a turn between features, not only once at the end', async () => {
    const files = readStoryFolder('geo');
    const turns = vi.spyOn(globalThis, 'setTimeout');
    try {
      const result = await validateStoryInSlices(files, 'geo/', 0);
      expect(result.ok).toBe(true);
      const features = result.ok ? result.story.features.length : 0;
      // With no time allowed per slice, every feature is a slice of its own.
      expect(turns.mock.calls.length).toBeGreaterThanOrEqual(features);
    } finally {
      turns.mockRestore();
    }
  });
});
