/**
 * The printed map's inset, as a newspaper's graphics desk draws one: where places crowd too tightly to
 * number legibly, their area is boxed on the main map and enlarged in an inset, set in the corner of
 * the map where it hides the least. Pure, over page points in map units.
 */
import { overlaps, type Box } from './number-layout.ts';
import type { PagePoint } from './print-projection.ts';

/** Options of the inset, with their defaults in `INSET_DEFAULTS`. */
export interface InsetOptions {
  /** Places nearer than this to one another on the main map are one crowd. */
  link: number;
  /** The fewest places a crowd needs to be given an inset. */
  minPlaces: number;
  /** Places nearer than this overlap: a crowd without any such pair reads well enough without an inset. */
  overlap: number;
  /** The room around the crowd's places in the boxed area (main map units) and in the inset (inset units, for the numbers). */
  areaPad: number;
  room: number;
  /** The inset's largest size and enlargement. */
  maxWidth: number;
  maxHeight: number;
  maxZoom: number;
  /** The space between the inset and the map's edge. */
  margin: number;
}

/** For a map 1,000 units wide with symbols of 22 units. */
export const INSET_DEFAULTS: InsetOptions = { link: 60, minPlaces: 4, overlap: 22, areaPad: 0, room: 60, maxWidth: 360, maxHeight: 360, maxZoom: 5, margin: 6 };

/** Where the inset goes: the area it enlarges (on the main map), its box on the map, and its enlargement. */
export interface InsetPlan {
  members: number[];
  area: Box;
  box: Box;
  zoom: number;
}

/** The indices of the largest crowd of `points` (single linkage at `link`), the first of equals. */
export function largestCrowd(points: readonly PagePoint[], link: number): number[] {
  const crowdOf = points.map((_, i) => i);
  const find = (i: number): number => (crowdOf[i] === i ? i : (crowdOf[i] = find(crowdOf[i] ?? i)));
  for (const [i, [ax, ay]] of points.entries()) {
    for (let j = i + 1; j < points.length; j += 1) {
      const [bx = 0, by = 0] = points[j] ?? [];
      if (Math.hypot(ax - bx, ay - by) < link) crowdOf[find(j)] = find(i);
    }
  }
  const crowds = new Map<number, number[]>();
  for (const i of points.keys()) crowds.set(find(i), [...(crowds.get(find(i)) ?? []), i]);
  return [...crowds.values()].reduce<number[]>((best, crowd) => (crowd.length > best.length ? crowd : best), []);
}

/** The box round `points`, `pad` wider on every side. */
function boundsOf(points: readonly PagePoint[], pad: number): Box {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x, y] = [Math.min(...xs) - pad, Math.min(...ys) - pad];
  return { x, y, width: Math.max(...xs) + pad - x, height: Math.max(...ys) + pad - y };
}

/** Whether `box` holds the point. */
const holds = (box: Box, [x, y]: PagePoint) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
/** How many of `points` fall in `box`. */
const within = (box: Box, points: readonly PagePoint[]) => points.filter((point) => holds(box, point)).length;

/**
 * Plans the inset of a map `width` by `height`: for its largest crowd of `places` if that crowd is big
 * and tight enough, else `null`. The inset takes the corner that covers none of the other places and
 * the fewest of `linePoints` (points along the flows), the upper right first.
 */
export function planInset(places: readonly PagePoint[], linePoints: readonly PagePoint[], width: number, height: number, options: Partial<InsetOptions> = {}): InsetPlan | null {
  const o = { ...INSET_DEFAULTS, ...options };
  const crowd = largestCrowd(places, o.link);
  const tight = crowd.some((i) => crowd.some((j) => i !== j && Math.hypot((places[i]?.[0] ?? 0) - (places[j]?.[0] ?? 0), (places[i]?.[1] ?? 0) - (places[j]?.[1] ?? 0)) < o.overlap));
  if (crowd.length < o.minPlaces || !tight) return null;
  const area = boundsOf(crowd.map((i) => places[i] ?? [0, 0]), o.areaPad);
  const zoom = Math.min(o.maxZoom, (o.maxWidth - 2 * o.room) / area.width, (o.maxHeight - 2 * o.room) / area.height);
  if (zoom <= 1.5) return null;
  const [insetWidth, insetHeight] = [area.width * zoom + 2 * o.room, area.height * zoom + 2 * o.room];
  // The area the inset shows, on the main map: the boxed area with the room for numbers round it.
  const shown = { x: area.x - o.room / zoom, y: area.y - o.room / zoom, width: insetWidth / zoom, height: insetHeight / zoom };
  const members = places.flatMap((point, i) => (holds(shown, point) ? [i] : []));
  const others = places.filter((_, i) => !members.includes(i));
  const [left, right, top, bottom] = [o.margin, width - o.margin - insetWidth, o.margin, height - o.margin - insetHeight];
  const corners: Box[] = [
    [right, top],
    [left, top],
    [right, bottom],
    [left, bottom],
  ].map(([x = 0, y = 0]) => ({ x, y, width: insetWidth, height: insetHeight }));
  const grown = (box: Box): Box => ({ x: box.x - o.overlap, y: box.y - o.overlap, width: box.width + 2 * o.overlap, height: box.height + 2 * o.overlap });
  const free = corners.filter((box) => within(grown(box), others) === 0 && !overlaps(box, shown, o.overlap));
  const box = free.reduce<Box | null>((best, c) => (best === null || within(c, linePoints) < within(best, linePoints) ? c : best), null);
  return box && { members, area: shown, box, zoom };
}
