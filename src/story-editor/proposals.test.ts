import { describe, expect, it } from 'vitest';
import { draftStory } from '../draft/draft-story.ts';
import { fixtureGazetteer } from '../draft/fixture-gazetteer.ts';
import { splitArticleText } from '../story/article-text.ts';
import { proposalsOf } from './proposals.ts';

const TEXT = 'Travel\n\nNight trains\n\nSleepers are back.\n\nThe train leaves Warsaw at night. At Brest its wheels are changed, and by morning it reaches Minsk.';

function proposals() {
  const article = splitArticleText(TEXT);
  return proposalsOf(article, draftStory(article, fixtureGazetteer), fixtureGazetteer);
}

describe('the drafter’s proposals', () => {
  it('proposes each place found, none yet accepted, with the sentences that name it', () => {
    const places = proposals().places;
    expect(places.map(({ id, status, coordinates }) => ({ id, status, coordinates }))).toEqual([
      { id: 'warsaw', status: 'proposed', coordinates: [21.012, 52.23] },
      { id: 'brest', status: 'proposed', coordinates: [23.685, 52.097] },
      { id: 'minsk', status: 'proposed', coordinates: [27.567, 53.9] },
    ]);
    expect(places[1]?.passage).toEqual(['At Brest its wheels are changed, and by morning it reaches Minsk.']);
  });

  it('offers every place an ambiguous name may be, with the reason for the one chosen', () => {
    const brest = proposals().places.find((place) => place.id === 'brest');
    expect(brest?.candidates.map(({ name, country }) => `${name}, ${country}`)).toEqual(['Brest, BY', 'Brest, FR']);
    expect(brest?.reason).toMatch(/nearest/);
    expect(proposals().places.find((place) => place.id === 'warsaw')?.candidates).toEqual([]);
  });

  it('makes the drafted tour its stops, and keeps the article’s sentences as the article has them', () => {
    const { stops, sentences } = proposals();
    expect(stops.map(({ key, features }) => ({ key, features }))).toEqual([{ key: 'stop-1', features: ['warsaw', 'brest', 'minsk'] }]);
    expect(sentences.map((sentence) => sentence.part)).toEqual(['headline', 'standfirst', 'p1', 'p1']);
  });
});
