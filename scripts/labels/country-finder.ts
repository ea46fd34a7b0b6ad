/**
 * The country that holds a point, on Natural Earth's polygons in plain degrees: the one it lies in,
 * else the nearest within reach of its coast (a seafront that the 1:50m coast leaves at sea); none for
 * a point on a border, within the polygons' precision of another country (Jerusalem, by the West Bank's).
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** Natural Earth countries, as `countriesFromTopology` gives them (cut at the antimeridian). */
export type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

/** How far from its coast a place may lie and still be held by a country (a seafront at 1:50m), in degrees. */
const COAST_DEGREES = 0.25;
/**
 * How near another country a place lies on their border, at the 1:50m polygons' precision, in degrees
 * (about 5 km): which of the two holds it is a question the map's polygons do not settle.
 */
export const BORDER_DEGREES = 0.05;

/** A country's polygons, each as its rings (the outer ring first). */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd: inside the outer ring and in none of the holes, in plain degrees. */
function inPolygon([x, y]: readonly [number, number], rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to a ring's edges, in degrees, longitude scaled to the latitude's. */
function distanceToRing([x, y]: readonly [number, number], ring: readonly Position[]): number {
  const k = Math.cos((y * Math.PI) / 180);
  let least = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    const [dx, dy] = [(x2 - x1) * k, y2 - y1];
    const [px, py] = [(x - x1) * k, y - y1];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    least = Math.min(least, Math.hypot(px - t * dx, py - t * dy));
  }
  return least;
}

/** A polygon of a country, with its bounding box `[west, south, east, north]` to skip it at once. */
interface Part {
  name: string;
  rings: Position[][];
  box: [number, number, number, number];
}

function partsOf(countries: Countries): Part[] {
  return countries.features.flatMap((country) =>
    polygonsOf(country.geometry).map((rings) => {
      const xs = (rings[0] ?? []).map((p) => p[0] ?? 0);
      const ys = (rings[0] ?? []).map((p) => p[1] ?? 0);
      return { name: country.properties.name, rings, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as Part['box'] };
    }),
  );
}

/** The parts whose boxes come within `reach` degrees of a point, longitude's reach scaled to its latitude. */
function partsNear(parts: readonly Part[], [x, y]: readonly [number, number], reach: number): Part[] {
  const reachX = reach / Math.max(Math.cos((y * Math.PI) / 180), 0.01);
  return parts.filter(({ box }) => x >= box[0] - reachX && x <= box[2] + reachX && y >= box[1] - reach && y <= box[3] + reach);
}

/**
 * Finds the country that holds a point: the one it lies in, unless it lies on the border of another
 * (within `BORDER_DEGREES`), else the nearest within reach of its coast. The polygons' boxes are worked
 * out once: a story may have thousands of places.
 */
export function countryFinder(countries: Countries): (point: readonly [number, number]) => string | undefined {
  const parts = partsOf(countries);
  return function countryHolding(point) {
    const within = partsNear(parts, point, 0).find(({ rings }) => inPolygon(point, rings));
    if (within) {
      const onBorder = partsNear(parts, point, BORDER_DEGREES).some(({ name, rings }) => name !== within.name && distanceToRing(point, rings[0] ?? []) <= BORDER_DEGREES);
      return onBorder ? undefined : within.name;
    }
    let nearest: { name: string; distance: number } | undefined;
    for (const { name, rings } of partsNear(parts, point, COAST_DEGREES)) {
      const distance = distanceToRing(point, rings[0] ?? []);
      if (distance <= COAST_DEGREES && distance < (nearest?.distance ?? Number.POSITIVE_INFINITY)) nearest = { name, distance };
    }
    return nearest?.name;
  };
}

/**
 * Finds the countries a point belongs to for naming its symbol: the one holding it, or, for a point
 * on a border, each country whose border it lies on (Jerusalem: Israel and Palestine).
 */
export function countriesAtFinder(countries: Countries): (point: readonly [number, number]) => string[] {
  const parts = partsOf(countries);
  const countryHolding = countryFinder(countries);
  return function countriesAt(point) {
    const held = countryHolding(point);
    if (held) return [held];
    const near = partsNear(parts, point, BORDER_DEGREES).filter(({ rings }) => inPolygon(point, rings) || distanceToRing(point, rings[0] ?? []) <= BORDER_DEGREES);
    return [...new Set(near.map(({ name }) => name))];
  };
}
