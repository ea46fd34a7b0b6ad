/**
 * Framing: the camera that shows chosen places in the part of the map that nothing covers. Pure: it
 * is given the map's size, what covers it and its zoom limits, and plans without a map.
 */
import { isUncovered, uncoveredAreas, type Rect } from './uncovered-areas.ts';
import { limitCenter, project, unproject, type GeoBounds, type LatLng, type Point } from '../../geometry/web-mercator.ts';

/** The map as the camera sees it. */
export interface FramingView {
  /** The map container's size in pixels. */
  size: Point;
  /** What lies over the map (panels, sheet, key, zoom buttons, credit), in container pixels. */
  coverings: readonly Rect[];
  /** Pixels kept between a place and an edge or a covering. */
  margin: number;
  minZoom: number;
  maxZoom: number;
  zoomSnap: number;
  /** The map's `maxBounds`: Leaflet keeps the view inside them. */
  maxBounds?: GeoBounds | undefined;
}

/** Where the camera looks. */
export interface Camera {
  center: LatLng;
  zoom: number;
}

/** A place to frame: a point, or every vertex of a line or shape. */
export interface FramePlace {
  id: string;
  points: readonly LatLng[];
}

/** What to frame. */
export interface FrameRequest {
  places: readonly FramePlace[];
  /** The camera now, or the view intended: kept if it shows every place; else moved as little as will do at its zoom. */
  current?: Camera | undefined;
  /** The closest the camera may zoom in (default: the map's maxZoom). */
  zoomCap?: number | undefined;
  /** Places that must be in view when not all can be (the selection). */
  required?: readonly string[] | undefined;
}

/** The camera chosen, and the places it cannot show. */
export interface Framing {
  camera: Camera;
  /** Ids of the places outside the uncovered part of the map, in the request's order. */
  offView: string[];
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The places' extent in world pixels at zoom 0. */
function boxOf(places: readonly FramePlace[]): Box {
  const points = places.flatMap((p) => p.points.map((point) => project(point, 0)));
  return {
    minX: Math.min(...points.map((p) => p.x)),
    minY: Math.min(...points.map((p) => p.y)),
    maxX: Math.max(...points.map((p) => p.x)),
    maxY: Math.max(...points.map((p) => p.y)),
  };
}

/** Where a position falls in the container when the camera is `camera`. */
export function containerPoint(view: FramingView, camera: Camera, position: LatLng): Point {
  const centre = project(camera.center, camera.zoom);
  const point = project(position, camera.zoom);
  return { x: point.x - centre.x + view.size.x / 2, y: point.y - centre.y + view.size.y / 2 };
}

/** Ids of the places not wholly inside the uncovered part of the map under `camera`. */
export function placesOffView(view: FramingView, camera: Camera, places: readonly FramePlace[]): string[] {
  const margin = Math.max(0, view.margin - 1);
  return places
    .filter((place) => !place.points.every((p) => isUncovered(containerPoint(view, camera, p), view.size, view.coverings, margin)))
    .map((place) => place.id);
}

/** The highest zoom (snapped down, within limits) at which `box` fits in `area`; the least zoom if it never does. */
function fitZoom(view: FramingView, box: Box, area: Rect, zoomCap: number): number {
  const scale = Math.min((area.right - area.left) / (box.maxX - box.minX), (area.bottom - area.top) / (box.maxY - box.minY));
  const zoom = Math.floor(Math.log2(scale) / view.zoomSnap + 1e-9) * view.zoomSnap;
  return Math.max(view.minZoom, Math.min(zoomCap, Number.isFinite(zoom) ? zoom : zoomCap));
}

/** The camera at `zoom` that puts the box's centre at the area's centre, or (from `current`) moves it into the area least. */
function cameraFor(view: FramingView, box: Box, area: Rect, zoom: number, current: Camera | undefined): Camera {
  const scale = 2 ** zoom;
  const [w, h] = [view.size.x / 2, view.size.y / 2];
  let centre: Point;
  if (current && Math.abs(current.zoom - zoom) < 1e-9) {
    const now = project(current.center, zoom);
    const shift = (low: number, high: number, from: number, to: number) =>
      high - low > to - from ? (low + high) / 2 - (from + to) / 2 : Math.min(0, low - from) + Math.max(0, high - to);
    const dx = shift(box.minX * scale - now.x + w, box.maxX * scale - now.x + w, area.left, area.right);
    const dy = shift(box.minY * scale - now.y + h, box.maxY * scale - now.y + h, area.top, area.bottom);
    centre = { x: now.x + dx, y: now.y + dy };
  } else {
    const middle = { x: ((box.minX + box.maxX) / 2) * scale, y: ((box.minY + box.maxY) / 2) * scale };
    centre = { x: middle.x - ((area.left + area.right) / 2 - w), y: middle.y - ((area.top + area.bottom) / 2 - h) };
  }
  return { center: unproject(limitCenter(centre, zoom, view.size, view.maxBounds), zoom), zoom };
}

/**
 * Groups of places worth framing together: all of them, then those that fit in an area at the least
 * zoom (a window at each place's left and each place's top), each holding every required place.
 */
function subsets(places: readonly FramePlace[], area: Rect, view: FramingView, required: readonly string[]): FramePlace[][] {
  const scale = 2 ** view.minZoom;
  const boxes = places.map((place) => ({ place, box: boxOf([place]) }));
  const groups = new Map<string, FramePlace[]>([[places.map((p) => p.id).join(' '), [...places]]]);
  for (const { box: a } of boxes) {
    for (const { box: b } of boxes) {
      const [left, top] = [a.minX * scale, b.minY * scale];
      const [right, bottom] = [left + area.right - area.left, top + area.bottom - area.top];
      const inside = boxes.filter(({ box }) => box.minX * scale >= left && box.maxX * scale <= right && box.minY * scale >= top && box.maxY * scale <= bottom);
      const group = inside.map(({ place }) => place);
      if (group.length > 0 && required.every((id) => group.some((p) => p.id === id))) groups.set(group.map((p) => p.id).join(' '), group);
    }
  }
  return [...groups.values()];
}

/** Whether score `a` beats score `b`, compared item by item. */
function beats(a: readonly number[], b: readonly number[]): boolean {
  for (const [i, value] of a.entries()) {
    const other = b[i] ?? 0;
    if (value !== other) return value > other;
  }
  return false;
}

/** Pixels between two cameras' centres, at the zoom of the second. */
function distance(from: Camera, to: Camera): number {
  const [a, b] = [project(from.center, to.zoom), project(to.center, to.zoom)];
  return Math.round(Math.hypot(a.x - b.x, a.y - b.y));
}

/**
 * The camera that shows every place inside the uncovered part of the map that suits them best (the
 * highest zoom up to `zoomCap`), with the margin; the current camera if it already does. Where not all
 * fit even at the least zoom, it shows as many as it can (the required ones first), and `offView`
 * names the rest. Ties go to the camera that moves least.
 */
export function frameCamera(view: FramingView, request: FrameRequest): Framing {
  const { places, current, required = [] } = request;
  const fallback = { camera: current ?? { center: { lat: 0, lng: 0 }, zoom: view.minZoom }, offView: [] };
  if (places.length === 0 || (current && placesOffView(view, current, places).length === 0)) return fallback;
  const zoomCap = Math.max(view.minZoom, Math.min(view.maxZoom, request.zoomCap ?? view.maxZoom));
  let best: (Framing & { score: number[] }) | undefined;
  for (const area of uncoveredAreas(view.size, view.coverings, view.margin)) {
    for (const group of subsets(places, area, view, required)) {
      const box = boxOf(group);
      const camera = cameraFor(view, box, area, fitZoom(view, box, area, zoomCap), current);
      const offView = placesOffView(view, camera, places);
      const score = [required.every((id) => !offView.includes(id)) ? 1 : 0, -offView.length, camera.zoom, current ? -distance(current, camera) : 0];
      if (!best || beats(score, best.score)) best = { camera, offView, score };
    }
  }
  return best ? { camera: best.camera, offView: best.offView } : fallback;
}
