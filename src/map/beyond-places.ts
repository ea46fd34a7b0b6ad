/**
 * The story's places beyond the first view (America, Asia, Australia), one per city, for the marks
 * at the map's edge that name them when nothing is chosen: a locator map's "not on this map" arrows.
 */
import L from 'leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { featurePlace } from './camera-moves.ts';
import type { NamedPlace } from './off-view-marks.ts';

/** One place per city of the point places outside `bounds`, named by its city, in the story's order. */
export function beyondPlaces(features: readonly StoryFeature[], bounds: L.LatLngBoundsExpression): NamedPlace[] {
  const frame = bounds instanceof L.LatLngBounds ? bounds : L.latLngBounds(bounds);
  const byCity = new Map<string, NamedPlace>();
  for (const feature of features) {
    if (feature.geometry.type !== 'Point') continue;
    const place = featurePlace(feature);
    if (place.points.every((p) => frame.contains([p.lat, p.lng]))) continue;
    const city = feature.properties.city ?? feature.properties.label ?? feature.properties.name;
    const known = byCity.get(city);
    if (known) byCity.set(city, { ...known, points: [...known.points, ...place.points] });
    else byCity.set(city, { ...place, name: city });
  }
  return [...byCity.values()];
}
