/**
 * The one crossing point between GeoJSON's `[longitude, latitude]` and Leaflet's `[lat, lng]`.
 */
import type { LatLngTuple } from 'leaflet';

/** A GeoJSON position `[longitude, latitude]` as a Leaflet `[lat, lng]` tuple. */
export function toLatLng(position: readonly number[]): LatLngTuple {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  return [lat, lon];
}

/** A Leaflet `[lat, lng]` tuple back as a GeoJSON position `[longitude, latitude]`. */
export function toPosition(latLng: readonly [number, number]): [number, number] {
  return [latLng[1], latLng[0]];
}
