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

/** The indices of the story's cities among `cities`. */
export function storyCities(story: StoryPlaces, cities: readonly NamedPoint[]): Set<number> {
  const held = new Set<number>();
  for (const point of story.points) {
    let nearest: { index: number; distance: number } | undefined;
    for (const [index, city] of cities.entries()) {
      const distance = km(point, city.position);
      if (distance <= CITY_REACH_KM && distance < (nearest?.distance ?? Number.POSITIVE_INFINITY)) nearest = { index, distance };
    }
    if (nearest) held.add(nearest.index);
  }
  const named = namedIn(story.text, new Map(cities.map((city) => [city.name, city.name])));
  for (const [index, city] of cities.entries()) if (named.has(city.name)) held.add(index);
  return held;
}
