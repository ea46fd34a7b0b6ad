/**
 * Country names and where to write them: Natural Earth 1:50m countries (world-atlas), each named at
 * the pole of inaccessibility of its largest part as drawn on the map (Web Mercator), found by the
 * `polylabel` package: the point inside the shape farthest from its edges, where a name fits best.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesFromTopology } from '../../src/map/basemap/basemap-data.ts';
import { latitudeOf, mercatorY } from '../../src/geometry/mercator.ts';
import { roundPosition } from './simplify.ts';

/** A country's name, label point and area. */
export interface CountryLabel {
  name: string;
  position: [number, number];
  /** Area of all its parts, km² (roughly: for ranking). */
  areaKm2: number;
  /** Other points well inside its largest part, most inside first: where its name may go when the label point is crowded. */
  inside: [number, number][];
  /**
   * How far its label point lies from its nearest edge, in Mercator degrees (the radius of the widest
   * circle inside it): a name whose middle falls within it stands on the country. Its other points
   * lie a third of that inside or more.
   */
  depth: number;
}

/** Web Mercator's limit of latitude: Antarctica's southern edge is drawn there. */
const MAX_LATITUDE = 85;
/** polylabel's precision, in Mercator degrees: finer for an island smaller than that. */
const PRECISION = 0.05;

/** Area of a ring, km², on a sinusoidal projection (equal-area). */
function ringAreaKm2(ring: readonly Position[]): number {
  let twice = 0;
  const xy = ring.map(([lon = 0, lat = 0]) => [lon * Math.cos((lat * Math.PI) / 180) * 111.32, lat * 110.57] as const);
  for (let i = 0; i + 1 < xy.length; i += 1) {
    const [x1, y1] = xy[i] ?? [0, 0];
    const [x2, y2] = xy[i + 1] ?? [0, 0];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice / 2);
}

function polygonAreaKm2(polygon: readonly Position[][]): number {
  const [outer = [], ...holes] = polygon;
  return ringAreaKm2(outer) - holes.reduce((sum, hole) => sum + ringAreaKm2(hole), 0);
}

/** A polygon as drawn: `[lon, Mercator y]`. */
function projectedPolygon(polygon: readonly Position[][]): [number, number][][] {
  return polygon.map((ring) => ring.map(([lon = 0, lat = 0]): [number, number] => [lon, mercatorY(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)))]));
}

/** The distance from a point to a polygon's edges, negative outside it (even-odd rule), in its units. */
function signedDistance([x, y]: [number, number], polygon: readonly [number, number][][]): number {
  let inside = false;
  let nearest = Number.POSITIVE_INFINITY;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [[ax, ay], [bx, by]] = [ring[i] ?? [0, 0], ring[j] ?? [0, 0]];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      const [dx, dy] = [bx - ax, by - ay];
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      nearest = Math.min(nearest, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
    }
  }
  return inside ? nearest : -nearest;
}

/**
 * Points well inside the polygon (a third of the pole's depth or more, on a 12x12 grid over it), spread
 * over it: the deepest first, then each the farthest from those chosen, at most `count`. A country
 * whose middle is crowded by the story's symbols (Syria, Germany) may still be named in its other parts.
 */
function insidePoints(polygon: readonly Position[][], pole: [number, number], count = 8): [number, number][] {
  const projected = projectedPolygon(polygon);
  const depth = signedDistance([pole[0], mercatorY(pole[1])], projected);
  const xs = projected[0]?.map((p) => p[0]) ?? [0];
  const ys = projected[0]?.map((p) => p[1]) ?? [0];
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const deep: { at: [number, number]; depth: number }[] = [];
  for (let i = 1; i < 12; i += 1) {
    for (let j = 1; j < 12; j += 1) {
      const at: [number, number] = [x0 + ((x1 - x0) * i) / 12, y0 + ((y1 - y0) * j) / 12];
      const inside = signedDistance(at, projected);
      if (inside >= depth / 3) deep.push({ at, depth: inside });
    }
  }
  deep.sort((a, b) => b.depth - a.depth);
  const chosen = deep.slice(0, 1);
  const distance = (a: [number, number]) => Math.min(...chosen.map(({ at }) => Math.hypot(at[0] - a[0], at[1] - a[1])));
  while (chosen.length < count && chosen.length < deep.length) {
    const next = deep.filter((p) => !chosen.includes(p)).reduce((best, p) => (distance(p.at) > distance(best.at) ? p : best));
    chosen.push(next);
  }
  return chosen.map(({ at: [x, y] }) => roundPosition([x, latitudeOf(y)], 2));
}

/** The label point of a polygon, `[lon, lat]` to 3 decimals. */
function labelPoint(polygon: readonly Position[][]): [number, number] {
  const projected = projectedPolygon(polygon);
  const xs = projected[0]?.map((p) => p[0]) ?? [0];
  const ys = projected[0]?.map((p) => p[1]) ?? [0];
  const size = Math.min(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const [x = 0, y = 0] = polylabel(projected, Math.min(PRECISION, size / 50));
  return roundPosition([x, latitudeOf(y)], 3);
}

/** Every country of the topology with its label point, largest first. */
export function countryLabels(topology: Topology<{ countries: GeometryCollection<{ name: string }> }>): CountryLabel[] {
  return countriesFromTopology(topology)
    .features.map((country) => {
      const geometry: Polygon | MultiPolygon = country.geometry;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const areas = polygons.map(polygonAreaKm2);
      const largest = polygons[areas.indexOf(Math.max(...areas))] ?? [];
      const position = labelPoint(largest);
      const depth = Math.round(signedDistance([position[0], mercatorY(position[1])], projectedPolygon(largest)) * 100) / 100;
      return { name: country.properties.name, position, areaKm2: Math.round(areas.reduce((a, b) => a + b, 0)), inside: insidePoints(largest, position), depth };
    })
    .sort((a, b) => b.areaKm2 - a.areaKm2);
}
