import { describe, expect, it } from 'vitest';
import { validateStory } from '../story/validate-story.ts';
import { draftFiles } from './draft-files.ts';
import { draftReducer, type DraftAction } from './draft-reducer.ts';
import { draftOfStory } from './draft-of-story.ts';
import { FIXTURE_DRAFT } from './draft.fixture.ts';

const apply = (...actions: DraftAction[]) => actions.reduce(draftReducer, FIXTURE_DRAFT);

function storyOf(files: Record<string, string>) {
  const result = validateStory(files);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.story;
}

describe('a story shown on the map, as a draft to edit', () => {
  it('gives back the draft its files were made from: places, a flow between two of them, the tour, the words', () => {
    const made = apply(
      { type: 'accept-all' },
      { type: 'add-place', coordinates: [27.567, 53.9], name: 'Minsk' },
      { type: 'link', id: 'minsk', sentence: 'It reaches Minsk by morning.' },
      { type: 'add-flow', from: 'warsaw', to: 'minsk', flow: 'travel', date: '2024-12-01' },
      { type: 'link', id: 'warsaw-to-minsk', sentence: 'It reaches Minsk by morning.' },
      { type: 'set-word', slot: 'layer', key: 'context', value: 'Stations' },
    );
    const files = draftFiles(made);
    const back = draftOfStory(storyOf(files), made.sentences);
    if (!('draft' in back)) throw new Error(back.refused);
    expect(draftFiles(back.draft)).toEqual(files);
    expect(back.draft.places.map(({ id, status }) => [id, status])).toEqual([['warsaw', 'accepted'], ['brest', 'accepted'], ['minsk', 'accepted']]);
    expect(back.draft.flows.map(({ from, to }) => [from, to])).toEqual([['warsaw', 'minsk']]);
    // The text is the article's, and places found in it are the story's: nothing says it changed.
    expect(back.draft.foundText).toBe(back.draft.articleText);
  });

  it('refuses a story with what the editor cannot edit, and says what', () => {
    const files = draftFiles(apply({ type: 'accept-all' }));
    const layer = JSON.parse(files['strongholds.geojson'] ?? '{}');
    layer.features.push({
      type: 'Feature',
      id: 'border-zone',
      geometry: { type: 'Polygon', coordinates: [[[23, 52], [24, 52], [24, 53], [23, 52]]] },
      properties: { name: 'Border zone', layer: 'strongholds', precision: 'region', passage: ['It reaches Minsk by morning.'], source: 'test fixture' },
    });
    const refused = draftOfStory(storyOf({ ...files, 'strongholds.geojson': JSON.stringify(layer) }), FIXTURE_DRAFT.sentences);
    expect(refused).toEqual({ refused: 'The editor edits places and lines from one place to another; this story also has an area or route it cannot edit (Border zone).' });
  });
});
