/**
 * Web Mercator in degrees: longitude stays as it is and latitude becomes a stretched `y`, so that
 * straight lines and angles computed here look straight and true on the map at any zoom.
 */
const DEGREES = 180 / Math.PI;

/** Mercator `y` of a latitude, in degree-like units (equal to latitude near the equator). */
export function mercatorY(lat: number): number {
  return DEGREES * Math.log(Math.tan(Math.PI / 4 + lat / DEGREES / 2));
}

/** The latitude of a Mercator `y` (inverse of `mercatorY`). */
export function latitudeOf(y: number): number {
  return 2 * DEGREES * Math.atan(Math.exp(y / DEGREES)) - 90;
}
