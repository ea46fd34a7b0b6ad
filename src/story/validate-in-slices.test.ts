import { describe, expect, it, vi } from 'vitest';
import { readStoryFolder } from '../../scripts/story-folder.ts';
import { nextTurn } from '../ui/time-slice.ts';
import { validateStory, validateStoryInSlices } from './validate-story.ts';

const FOLDERS = ['geo', 'tests/fixtures/hostile-story'];

describe('validateStoryInSlices', () => {
  it.each(FOLDERS)('finds exactly what validateStory finds, for %s', async (folder) => {
    const files = readStoryFolder(folder);
    expect(await validateStoryInSlices(files, `${folder}/`)).toEqual(validateStory(files, `${folder}/`));
  });

  it('gives the page a turn between features, not only once at the end', async () => {
    const files = readStoryFolder('geo');
    const turn = vi.fn(nextTurn);
    const result = await validateStoryInSlices(files, 'geo/', 0, turn);
    expect(result.ok).toBe(true);
    const features = result.ok ? result.story.features.length : 0;
    // With no time allowed per slice, every feature is a slice of its own.
    expect(turn.mock.calls.length).toBeGreaterThanOrEqual(features);
  });
});
