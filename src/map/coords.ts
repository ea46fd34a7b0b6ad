/**
 * The one crossing point between GeoJSON's `[longitude, latitude]` and Leaflet's `[lat, lng]`.
 */
import type { LatLngTuple } from 'leaflet';

/** A GeoJSON position `[longitude, latitude]` as a Leaflet `[lat, lng]` tuple. */
export function toLatLng(position: readonly number[]): LatLngTuple {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  return [lat, lon];
}
