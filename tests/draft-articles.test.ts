/**
 * The story drafter on two short articles written for it (tests/articles/, not about this story), against
 * the table of their true places (tests/articles/places.ts): recall (the true cities and countries with
 * a drafted place within 25 km, or inside the same country for a country) and precision (the drafted
 * places that stand for a true one). Prints both, the misses, the wrong places, and the names of seas,
 * rivers and regions, which the gazetteer does not hold and the scores leave out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../src/draft/distance.ts';
import { draftStory } from '../src/draft/draft-story.ts';
import { createGazetteer, type GazetteerData } from '../src/draft/gazetteer.ts';
import { splitArticleText } from '../src/story/article-text.ts';
import type { StoryFeature } from '../src/story/schema.ts';
import { validateStory } from '../src/story/validate-story.ts';
import { TEST_ARTICLES, type TruePlace } from './articles/places.ts';

const [RECALL, PRECISION, NEAR_KM] = [0.9, 0.9, 25];
const gazetteer = createGazetteer(JSON.parse(readFileSync('src/draft/gazetteer.json', 'utf8')) as GazetteerData);

const pointOf = (feature: StoryFeature) => {
  const [lon = 0, lat = 0] = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [];
  return { lon, lat };
};
/** Whether a drafted place stands for a true one: a country for a country (at its capital), a city within 25 km. */
const standsFor = (drafted: StoryFeature, place: TruePlace) =>
  (drafted.properties.precision === 'country') === (place.kind === 'country') && distanceKm(pointOf(drafted), place) <= NEAR_KM;

describe('the story drafter on articles it was not written for', () => {
  for (const { file, places, features } of TEST_ARTICLES) {
    it(`${file}: a valid draft with ${RECALL * 100}% of the true places, ${PRECISION * 100}% of its places true`, () => {
      const { kicker, headline, standfirst, parts } = splitArticleText(readFileSync(file, 'utf8'));
      const draft = draftStory({ kicker, headline, standfirst, parts }, gazetteer);
      const result = validateStory(draft.files);
      expect(result.ok ? [] : result.problems).toEqual([]);
      const missed = places.filter((place) => !draft.features.some((drafted) => standsFor(drafted, place)));
      const wrong = draft.features.filter((drafted) => !places.some((place) => standsFor(drafted, place)));
      const [recall, precision] = [1 - missed.length / places.length, 1 - wrong.length / draft.features.length];
      console.log(
        `${file}: recall ${places.length - missed.length}/${places.length} (${(recall * 100).toFixed(0)}%), missed: ${missed.map((p) => `${p.name}, ${p.country}`).join('; ') || 'none'}; ` +
          `precision ${draft.features.length - wrong.length}/${draft.features.length} (${(precision * 100).toFixed(0)}%), wrong: ${wrong.map((d) => `${d.id} at ${pointOf(d).lat}, ${pointOf(d).lon}`).join('; ') || 'none'}; ` +
          `not scored (no city or country): ${features.join(', ')}`,
      );
      expect(recall).toBeGreaterThanOrEqual(RECALL);
      expect(precision).toBeGreaterThanOrEqual(PRECISION);
    });
  }
});

describe('the drafter’s gazetteer', () => {
  it('knows a city by the English name English readers know, where GeoNames has its own (Geneva, not Genève)', () => {
    const where = (name: string) => gazetteer.lookup(name).map((place) => `${place.name}, ${place.country}`)[0];
    expect(['Geneva', 'Cologne', 'Gothenburg', 'Aarhus', 'Zurich'].map(where)).toEqual(['Geneva, CH', 'Cologne, DE', 'Gothenburg, SE', 'Aarhus, DK', 'Zurich, CH']);
    expect(where('Genève')).toBe('Geneva, CH');
  });
});
