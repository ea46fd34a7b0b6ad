/**
 * The flows' lines in a view's pixels, segment by segment: a story name one runs through is set on a
 * plate (labels/placement.ts `flows`). Each line's points are projected once a zoom, in world pixels, and
 * shifted to the view: a pan projects nothing anew.
 */
import L from 'leaflet';
import type { Leader } from '../../labels/callout.ts';
import type { Position } from '../../story/schema.ts';

/** How many flows' lines are looked at: a story of thousands draws most on a canvas, and its dense views name few places. */
export const FLOWS_KEPT_OFF = 150;

/** The flows' lines as drawn (FlowLines.tsx `drawnLines`), by flow. */
export type FlowPaths = ReadonlyMap<string, readonly (readonly Position[])[]>;

/** Each set of paths' lines in world pixels, by zoom. */
const projected = new WeakMap<FlowPaths, Map<number, Float64Array[]>>();

function worldPixels(map: L.Map, paths: FlowPaths, zoom: number): Float64Array[] {
  let byZoom = projected.get(paths);
  if (!byZoom) projected.set(paths, (byZoom = new Map()));
  const known = byZoom.get(zoom);
  if (known) return known;
  const lines = [...paths.values()].flat().map((line) => {
    const xy = new Float64Array(line.length * 2);
    line.forEach(([lon = 0, lat = 0], i) => {
      const p = map.project(L.latLng(lat, lon), zoom);
      xy[i * 2] = p.x;
      xy[i * 2 + 1] = p.y;
    });
    return xy;
  });
  byZoom.set(zoom, lines);
  return lines;
}

/**
 * The segments of the flows' lines that touch the view (`topLeft`: its top left corner in world
 * pixels at the map's zoom), in the view's pixels; none past `FLOWS_KEPT_OFF` flows.
 */
export function flowSegments(map: L.Map, paths: FlowPaths, topLeft: L.Point, size: L.Point): Leader[] {
  if (paths.size === 0 || paths.size > FLOWS_KEPT_OFF) return [];
  const segments: Leader[] = [];
  for (const xy of worldPixels(map, paths, map.getZoom())) {
    for (let i = 2; i + 1 < xy.length; i += 2) {
      const [x0, y0, x1, y1] = [(xy[i - 2] ?? 0) - topLeft.x, (xy[i - 1] ?? 0) - topLeft.y, (xy[i] ?? 0) - topLeft.x, (xy[i + 1] ?? 0) - topLeft.y];
      if (Math.max(x0, x1) < 0 || Math.min(x0, x1) > size.x || Math.max(y0, y1) < 0 || Math.min(y0, y1) > size.y) continue;
      segments.push({ x0, y0, x1, y1 });
    }
  }
  return segments;
}
