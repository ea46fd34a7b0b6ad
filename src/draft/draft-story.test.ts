import { describe, expect, it } from 'vitest';
import { splitArticleText } from '../story/article-text.ts';
import { draftStory, draftStoryInSlices } from './draft-story.ts';
import { fixtureGazetteer } from './fixture-gazetteer.ts';

const article = splitArticleText('Travel\n\nNight trains\n\nSleepers are back.\n\nThe train leaves Warsaw at night. At Brest its wheels are changed.\n\nBy morning it reaches Minsk.');

describe('the story drafter', () => {
  it('drafts the same story in slices, giving the page turns, as at once', async () => {
    let turns = 0;
    const turn = async () => void (turns += 1);
    expect(await draftStoryInSlices(article, fixtureGazetteer, 0, turn)).toEqual(draftStory(article, fixtureGazetteer));
    // A turn before it starts, and one after each part (4) and each sentence (5) at the least.
    expect(turns).toBeGreaterThanOrEqual(10);
  });

  it('gives the article’s sentences with the draft, each with its part', () => {
    expect(draftStory(article, fixtureGazetteer).sentences.map(({ text, part }) => `${part}: ${text}`)).toEqual([
      'headline: Night trains',
      'standfirst: Sleepers are back.',
      'p1: The train leaves Warsaw at night.',
      'p1: At Brest its wheels are changed.',
      'p2: By morning it reaches Minsk.',
    ]);
  });
});
