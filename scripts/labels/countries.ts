/**
 * Country names and where to write them: Natural Earth 1:50m countries (world-atlas), each named at
 * the pole of inaccessibility of its largest part as drawn on the map (Web Mercator), found by the
 * `polylabel` package: the point inside the shape farthest from its edges, where a name fits best.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countriesFromTopology } from '../../src/map/basemap-data.ts';
import { latitudeOf, mercatorY } from '../../src/map/mercator.ts';
import { roundPosition } from './simplify.ts';

/** A country's name, label point and area. */
export interface CountryLabel {
  name: string;
  position: [number, number];
  /** Area of all its parts, km² (roughly: for ranking). */
  areaKm2: number;
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

/** The label point of a polygon, `[lon, lat]` to 3 decimals. */
function labelPoint(polygon: readonly Position[][]): [number, number] {
  const projected = polygon.map((ring) => ring.map(([lon = 0, lat = 0]): [number, number] => [lon, mercatorY(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)))]));
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
      return { name: country.properties.name, position: labelPoint(largest), areaKm2: Math.round(areas.reduce((a, b) => a + b, 0)) };
    })
    .sort((a, b) => b.areaKm2 - a.areaKm2);
}
