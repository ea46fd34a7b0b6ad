/**
 * The story drafter on the real article: drafted from geo/'s own copy of it, the draft must pass the
 * validator and find at least 90% of the places geo/ holds: a city or site within 25 km of a drafted
 * place that names the same city; a country or region by a drafted country or region inside the same
 * country. Prints the recall, the misses, and how many drafted places geo/ confirms.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryAt, countryShapes } from '../scripts/country-shapes.ts';
import { distanceKm } from '../src/draft/distance.ts';
import { draftStory } from '../src/draft/draft-story.ts';
import { createGazetteer, type GazetteerData } from '../src/draft/gazetteer.ts';
import { LAYER_IDS, type Article, type StoryFeature } from '../src/story/schema.ts';
import { validateStory } from '../src/story/validate-story.ts';

const RECALL = 0.9;
const NEAR_KM = 25;
const read = (path: string) => readFileSync(path, 'utf8');
const article = JSON.parse(read('geo/article.json')) as Article;
const gazetteer = createGazetteer(JSON.parse(read('src/draft/gazetteer.json')) as GazetteerData);
const held = LAYER_IDS.flatMap((layer) => (JSON.parse(read(`geo/${layer}.geojson`)) as { features: StoryFeature[] }).features);
const shapes = countryShapes();

const pointOf = (feature: StoryFeature) => {
  const [lon = 0, lat = 0] = feature.geometry.type === 'Point' ? feature.geometry.coordinates : [];
  return { lon, lat };
};
const broad = (feature: StoryFeature) => feature.properties.precision === 'country' || feature.properties.precision === 'region';
const countryName = (feature: StoryFeature) => {
  const { lon, lat } = pointOf(feature);
  return countryAt([lon, lat], shapes)?.name;
};

describe('the story drafter on the article of geo/', () => {
  const draft = draftStory(article, gazetteer);
  const drafted = draft.features;

  it('writes a story the validator accepts', () => {
    const result = validateStory(draft.files);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it(`finds at least ${RECALL * 100}% of the places geo/ holds`, () => {
    const places = held.filter((feature) => feature.geometry.type === 'Point');
    const misses = places.filter((place) => {
      if (broad(place)) return !drafted.some((draftPlace) => broad(draftPlace) && countryName(draftPlace) === countryName(place));
      return !drafted.some((draftPlace) => draftPlace.properties.city === place.properties.city && distanceKm(pointOf(draftPlace), pointOf(place)) <= NEAR_KM);
    });
    const recall = (places.length - misses.length) / places.length;
    const confirmed = drafted.filter((draftPlace) =>
      broad(draftPlace) ? held.some((place) => place.geometry.type === 'Point' && countryName(place) === countryName(draftPlace)) : places.some((place) => distanceKm(pointOf(draftPlace), pointOf(place)) <= NEAR_KM),
    );
    console.log(`draft recall ${places.length - misses.length}/${places.length} (${(recall * 100).toFixed(1)}%); missed: ${misses.map((miss) => `${miss.id} (${miss.properties.city ?? ''}, ${miss.properties.precision})`).join(', ') || 'none'}`);
    console.log(`drafted places near a place of geo/: ${confirmed.length}/${drafted.length}; the others: ${drafted.filter((d) => !confirmed.includes(d)).map((d) => d.id).join(', ')}`);
    expect(recall).toBeGreaterThanOrEqual(RECALL);
  });
});
