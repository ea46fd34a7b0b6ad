/**
 * The story's places beyond the first view (America, Asia, Australia), one per city, for the marks
 * at the map's edge that name them when nothing is chosen: a locator map's "not on this map" arrows;
 * and those of its region, listed too where a small screen's first view leaves them out.
 */
import type { StoryFeature } from '../../story/schema.ts';
import { featurePlace } from '../feature-place.ts';
import type { NamedPlace } from './off-view-marks.ts';

/** A region as `[[south, west], [north, east]]`. */
export type Region = readonly [readonly [number, number], readonly [number, number]];

/** The most cities listed: beyond that the list would hide the map it points from. */
export const BEYOND_MOST = 8;

/** The story's cities beyond the first view's region (the first `BEYOND_MOST`), and those within it. */
export interface RegionCities {
  beyond: NamedPlace[];
  within: NamedPlace[];
}

/**
 * One place per city of the point places, named by its city, in the story's order: those outside
 * `region` (the first `BEYOND_MOST` cities) and those inside it. Places without a city (a generated
 * story at scale) are not listed.
 */
export function regionCities(features: readonly StoryFeature[], [[south, west], [north, east]]: Region): RegionCities {
  const beyond = new Map<string, NamedPlace>();
  const within = new Map<string, NamedPlace>();
  for (const feature of features) {
    const { city } = feature.properties;
    if (feature.geometry.type !== 'Point' || city === undefined) continue;
    const place = featurePlace(feature);
    const inside = place.points.every((p) => p.lat >= south && p.lat <= north && p.lng >= west && p.lng <= east);
    const byCity = inside ? within : beyond;
    const known = byCity.get(city);
    if (known) byCity.set(city, { ...known, points: [...known.points, ...place.points] });
    else if (inside || byCity.size < BEYOND_MOST) byCity.set(city, { ...place, name: city });
  }
  return { beyond: [...beyond.values()], within: [...within.values()] };
}
