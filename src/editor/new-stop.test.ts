import { describe, expect, it } from 'vitest';
import { stopFeatures, viewInWords } from './new-stop.ts';
import { tinyStory } from './tiny-story.fixture.ts';

const story = tinyStory();
const nothing = { hiddenLayers: [], selectedId: null, relatedIds: [], until: null };

describe('a stop added from the map view', () => {
  it('shows the selection and its related places, those in shown layers only', () => {
    const selection = { ...nothing, selectedId: 'paris', relatedIds: ['nice'] };
    expect(stopFeatures(story, selection, ['attacks', 'context'], [])).toEqual(['paris', 'nice']);
    expect(stopFeatures(story, selection, ['attacks'], [])).toEqual(['paris']);
  });

  it('shows the places that speak the chosen sentences when nothing is selected', () => {
    expect(stopFeatures(story, nothing, ['attacks', 'strongholds'], ['Money came from Raqqa.'])).toEqual(['raqqa']);
    expect(stopFeatures(story, nothing, ['attacks'], ['Money came from Raqqa.'])).toEqual([]);
  });

  it('says the map view in words', () => {
    expect(viewInWords({ bbox: [-17.4, -3.16, 61.35, 58.31] })).toBe('17.4°W to 61.35°E, 3.16°S to 58.31°N');
  });
});
