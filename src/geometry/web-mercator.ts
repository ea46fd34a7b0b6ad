/**
 * Web Mercator in world pixels, as Leaflet's default projection (EPSG:3857) draws the map: the world is
 * 256 px square at zoom 0 and doubles with each zoom. Pure, so that the camera can be planned without a
 * map; `project` and `unproject` agree with `map.project` and `map.unproject`.
 */
import { clampLatitude, latitudeOf, mercatorY } from './mercator.ts';

/** A geographic position in degrees. */
export interface LatLng {
  lat: number;
  lng: number;
}

/** A point in pixels: on the world at some zoom, or in the map's container. */
export interface Point {
  x: number;
  y: number;
}

/** Geographic bounds in degrees. */
export interface GeoBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** Pixels the whole world spans at `zoom`. */
export function worldSize(zoom: number): number {
  return 256 * 2 ** zoom;
}

/** The Earth's circumference at the equator in metres, as EPSG:3857 takes it (2π × 6,378,137 m). */
const EQUATOR_METRES = 40_075_016.686;

/** Metres a pixel spans at `zoom`, `latitude` degrees north or south. */
export function metresPerPixel(latitude: number, zoom: number): number {
  return (EQUATOR_METRES * Math.cos((latitude * Math.PI) / 180)) / worldSize(zoom);
}

/** The world pixel of a position at `zoom`. */
export function project({ lat, lng }: LatLng, zoom: number): Point {
  const size = worldSize(zoom);
  const clamped = clampLatitude(lat);
  return { x: (size * (lng + 180)) / 360, y: (size * (180 - mercatorY(clamped))) / 360 };
}

/** The position of a world pixel at `zoom` (inverse of `project`). */
export function unproject({ x, y }: Point, zoom: number): LatLng {
  const size = worldSize(zoom);
  return { lat: latitudeOf(180 - (360 * y) / size), lng: (360 * x) / size - 180 };
}

/** How far a view must move along one axis to stay inside bounds: Leaflet's own rule (`Map._rebound`). */
function rebound(left: number, right: number): number {
  return left + right > 0 ? Math.round(left - right) / 2 : Math.max(0, Math.ceil(left)) - Math.max(0, Math.floor(right));
}

/**
 * The centre (world pixel) Leaflet will really show when asked for `center` with `maxBounds`: a view
 * is moved back inside the bounds, and centred on them where it is larger than they are.
 */
export function limitCenter(center: Point, zoom: number, size: Point, bounds: GeoBounds | undefined): Point {
  if (!bounds) return center;
  const min = project({ lat: bounds.north, lng: bounds.west }, zoom);
  const max = project({ lat: bounds.south, lng: bounds.east }, zoom);
  const dx = rebound(min.x - (center.x - size.x / 2), center.x + size.x / 2 - max.x);
  const dy = rebound(min.y - (center.y - size.y / 2), center.y + size.y / 2 - max.y);
  return Math.abs(dx) <= 1 && Math.abs(dy) <= 1 ? center : { x: center.x + dx, y: center.y + dy };
}
