/**
 * The story's cities, named as the story's places are: those that hold one of its places (the
 * nearest city within reach of it) and those its article names. The others are cities the story
 * never speaks of, which a locator map keeps quiet.
 */
import { km } from './cities.ts';
import { namedIn, type StoryPlaces } from './story-places.ts';

/** How far a place may lie from a city that holds it, in km: a stadium in a suburb, an airport. */
export const CITY_REACH_KM = 30;

/** A city as the story's cities are found among: its English name and its position, `[lon, lat]`. */
export interface NamedPoint {
  name: string;
  position: readonly [number, number];
}

/** Degrees of latitude a city may lie from a place it holds, with a margin for the km's roughness. */
const REACH_LATITUDE = CITY_REACH_KM / 100;

/** The index of the first of `sorted` (ascending) not below `value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The indices of the story's cities among `cities`. */
export function storyCities(story: StoryPlaces, cities: readonly NamedPoint[]): Set<number> {
  // By latitude, so that each place looks only at the cities of its band: a story may have thousands.
  const byLatitude = [...cities.keys()].sort((a, b) => (cities[a]?.position[1] ?? 0) - (cities[b]?.position[1] ?? 0));
  const latitudes = byLatitude.map((index) => cities[index]?.position[1] ?? 0);
  const held = new Set<number>();
  for (const point of story.points) {
    let nearest: { index: number; distance: number } | undefined;
    for (let i = lowerBound(latitudes, point[1] - REACH_LATITUDE); i < byLatitude.length && (latitudes[i] ?? 0) <= point[1] + REACH_LATITUDE; i += 1) {
      const index = byLatitude[i] ?? 0;
      const distance = km(point, cities[index]?.position ?? [0, 0]);
      if (distance <= CITY_REACH_KM && (distance < (nearest?.distance ?? Number.POSITIVE_INFINITY) || (distance === nearest?.distance && index < nearest.index))) nearest = { index, distance };
    }
    if (nearest) held.add(nearest.index);
  }
  const named = namedIn(story.text, new Map(cities.map((city) => [city.name, city.name])));
  for (const [index, city] of cities.entries()) if (named.has(city.name)) held.add(index);
  return held;
}
