/**
 * Web Mercator in degrees, the one projection of the screen map, the printed map and the build's
 * basemap: longitude stays as it is and latitude becomes a stretched `y`, so that straight lines and
 * angles computed here look straight and true on the map at any zoom.
 */
const DEGREES = 180 / Math.PI;

/** The latitude where Web Mercator's square world ends, as in Leaflet (EPSG:3857). */
export const MAX_LATITUDE = 85.0511287798;

/**
 * How far east or west the map reaches, in degrees: the world and two copies of it each side. At the
 * least zoom a tour stop spanning the world (San Bernardino to Melbourne) is framed beside a panel
 * over half the map, which puts the map's centre past 200° east; the view then reaches 600°.
 */
export const MAX_LONGITUDE = 900;

/** A latitude held within Web Mercator's square world. */
export function clampLatitude(lat: number): number {
  return Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
}

/** Mercator `y` of a latitude, in degree-like units (equal to latitude near the equator). */
export function mercatorY(lat: number): number {
  return DEGREES * Math.log(Math.tan(Math.PI / 4 + lat / DEGREES / 2));
}

/** The latitude of a Mercator `y` (inverse of `mercatorY`). */
export function latitudeOf(y: number): number {
  return 2 * DEGREES * Math.atan(Math.exp(y / DEGREES)) - 90;
}
