/**
 * The region of the map's first view, derived from the story: the one that holds the most of its
 * point places within a continent's window (all of them where they fit). The first view frames the
 * places inside it; those beyond (another continent) are listed at its edge, and come after those
 * inside in the map's Tab order. A tall map (a phone) frames a narrower core of that region.
 */
import { densestRegion, inRegion, type Region, type RegionOptions } from '../geometry/densest-region.ts';
import type { StoryFeature } from '../story/schema.ts';

/** The first view's regions: `wide` for a map wider than tall, `tall` (its core) for a phone. */
export interface FirstRegion {
  wide: Region;
  tall: Region;
}

/**
 * The window of the first view's region: about a continent, as wide as a laptop's map is (Europe and
 * the Middle East, or the United States), with a degree round its places; on a tall map, four fifths
 * as wide, so that the places there are not left small.
 */
export const FIRST_REGION_OPTIONS: RegionOptions & { tallLonSpan: number } = { maxLonSpan: 60, maxLatSpan: 30, pad: 1, tallLonSpan: 48 };

/** The region of a story with no places: the inhabited world. */
const WORLD: Region = [
  [-60, -180],
  [75, 180],
];

/** The positions the region is found from: the point places, or, in a story without any, every position. */
function regionPoints(features: readonly StoryFeature[]): [number, number][] {
  const points = features.flatMap(({ geometry }) => (geometry.type === 'Point' ? [geometry.coordinates] : []));
  const all = points.length > 0 ? points : features.flatMap(({ geometry }) => (geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'Point' ? [] : geometry.coordinates.flat()));
  return all.flatMap((p): [number, number][] => (p[0] === undefined || p[1] === undefined ? [] : [[p[0], p[1]]]));
}

/** The first view's regions of a story's features (all of them, whatever the layers and timeline show). */
export function firstRegion(features: readonly StoryFeature[]): FirstRegion {
  const points = regionPoints(features);
  const wide = densestRegion(points, FIRST_REGION_OPTIONS) ?? WORLD;
  const inside = points.filter((point) => inRegion(wide, point));
  const tall = densestRegion(inside, { ...FIRST_REGION_OPTIONS, maxLonSpan: FIRST_REGION_OPTIONS.tallLonSpan }) ?? wide;
  return { wide, tall };
}

/** Whether a feature stands in `region`: a point there, or a line reaching it. */
export function nearRegion(region: Region, { geometry }: StoryFeature): boolean {
  if (geometry.type === 'Point') return inRegion(region, geometry.coordinates);
  if (geometry.type === 'LineString') return geometry.coordinates.some((p) => inRegion(region, p));
  return geometry.coordinates.flat().some((p) => inRegion(region, p as readonly number[]));
}
