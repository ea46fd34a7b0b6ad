/**
 * The baselines' one crossing from GeoJSON's `[lon, lat]` to Leaflet's `[lat, lng]`: a feature's
 * geometry as the shape Leaflet draws (a point, lines, or polygon rings).
 */
import type { Geometry, Position } from 'geojson';

export type LatLng = [number, number];

/** What Leaflet draws for a feature: a circle marker, a polyline, or a polygon. */
export type Shape = { kind: 'point'; at: LatLng } | { kind: 'line'; lines: LatLng[][] } | { kind: 'polygon'; rings: LatLng[][][] };

function toLatLng([lon = Number.NaN, lat = Number.NaN]: Position): LatLng {
  return [lat, lon];
}

/** The shape of a geometry; null for one the story does not use (a collection, many points). */
export function shapeOf(geometry: Geometry): Shape | null {
  switch (geometry.type) {
    case 'Point':
      return { kind: 'point', at: toLatLng(geometry.coordinates) };
    case 'LineString':
      return { kind: 'line', lines: [geometry.coordinates.map(toLatLng)] };
    case 'MultiLineString':
      return { kind: 'line', lines: geometry.coordinates.map((line) => line.map(toLatLng)) };
    case 'Polygon':
      return { kind: 'polygon', rings: [geometry.coordinates.map((ring) => ring.map(toLatLng))] };
    case 'MultiPolygon':
      return { kind: 'polygon', rings: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(toLatLng))) };
    default:
      return null;
  }
}

/** Every coordinate of every shape, for fitting the map's first view around them. */
export function cornersOf(shapes: readonly Shape[]): LatLng[] {
  return shapes.flatMap((shape) => (shape.kind === 'point' ? [shape.at] : shape.kind === 'line' ? shape.lines.flat() : shape.rings.flat(2)));
}
