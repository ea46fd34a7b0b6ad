/** The countries of Natural Earth (world-atlas, 1:50m) as GeoJSON polygons, and which of them holds a point: for the gazetteer's build and the drafter's recall test. */
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

/** A country: its Natural Earth name and its polygons (outer ring first, then holes). */
export interface CountryShape {
  name: string;
  polygons: Position[][][];
}

export function countryShapes(): CountryShape[] {
  const atlas = require('world-atlas/countries-50m.json') as Topology;
  const shapes = feature(atlas, atlas.objects.countries as never) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  return shapes.features.map(({ geometry, properties }) => ({
    name: properties.name,
    polygons: geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates,
  }));
}

function insideRing(point: Position, ring: Position[]): boolean {
  const [x = 0, y = 0] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether `[lon, lat]` lies in the polygons (even-odd rule; no polygon here crosses the antimeridian's seam in a way that matters for a test of cities). */
export function insidePolygons(point: Position, polygons: Position[][][]): boolean {
  return polygons.some(([outer = [], ...holes]) => insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole)));
}

/** The country that holds a point, if any. */
export function countryAt(point: Position, shapes: readonly CountryShape[]): CountryShape | undefined {
  return shapes.find((shape) => insidePolygons(point, shape.polygons));
}
