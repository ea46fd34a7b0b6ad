/**
 * The names a place wears on the map: its short label, or, at an overview, its city. Pure: shared by
 * the symbols, their labels and the tests.
 */
import type { StoryFeature } from '../../story/schema.ts';
import { CITY_NAMES_BELOW_ZOOM } from '../camera/camera-limits.ts';

/** A place's short label: its `label`, else its name. */
export function placeLabel(feature: StoryFeature): string {
  return feature.properties.label ?? feature.properties.name;
}

/**
 * The name a place's own symbol wears at a zoom: below a city's scale a site or district is named by
 * its city ("Nice", not "Promenade des Anglais"), as a locator map names it; closer, by its label.
 */
export function symbolLabel(feature: StoryFeature, zoom: number): string {
  const { city, precision } = feature.properties;
  const isSite = precision === 'site' || precision === 'district';
  return city !== undefined && isSite && zoom < CITY_NAMES_BELOW_ZOOM ? city : placeLabel(feature);
}


/**
 * A place's short label with its city where the label does not say it ("U.S. submarines, North
 * Korea"): what an arrow to a place off the view shows, short enough for one line at the map's edge.
 */
export function labelWithCity(feature: StoryFeature): string {
  const label = placeLabel(feature);
  const { city } = feature.properties;
  return city && !label.toLowerCase().includes(city.toLowerCase()) ? `${label}, ${city}` : label;
}
