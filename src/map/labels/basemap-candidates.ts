/**
 * The basemap's names that may show in a view, as candidates for the label placement: those whose
 * zoom has come, near the view, not said already by the story's own names.
 */
import { POINT_SIDES } from '../../labels/label-box.ts';
import { LABEL_PADDING, type LabelCandidate } from '../../labels/placement.ts';
import type { PreparedLabel } from '../../labels/prepare-basemap-labels.ts';
import type { LabelToDraw } from './label-canvas.ts';
import { nearView } from './story-labels.ts';

/** What `basemapCandidates` needs of the view. */
export interface BasemapView {
  zoom: number;
  /** The view's top left corner in world pixels at `zoom`. */
  topLeft: { x: number; y: number };
  size: { x: number; y: number };
  /** Names the story's own labels say already, in lower case. */
  said: ReadonlySet<string>;
  /** Names to offer whatever their least zoom, in lower case: the areas the chosen lines lead to (focus-areas.ts). */
  chosen?: ReadonlySet<string> | undefined;
}

/** A basemap name to place, and how to draw it once placed. */
export interface BasemapCandidate {
  candidate: LabelCandidate;
  drawAs: Omit<LabelToDraw, 'box' | 'text'>;
  /** A country's depth in the view's pixels (prepare-basemap-labels.ts); 0 for any other name. */
  depth: number;
}

/** How far from its label point, in pixels, a story country's name may be called out. */
export const COUNTRY_CALLOUT_REACH = 32;

/**
 * Pixels between a country's points tried in a view: a small one's points, spread over it on the
 * world's scale, fall within a few pixels of one another at a zoom that shows a continent, and each
 * would try the same spots again (hundreds a view).
 */
export const ANCHOR_GAP = 8;

/** Of `points`, in order, those at least `gap` pixels from every point kept before them and from `first`. */
export function pointsApart<T extends { x: number; y: number }>(first: { x: number; y: number }, points: readonly T[], gap: number): T[] {
  const kept: { x: number; y: number }[] = [first];
  return points.filter((p) => {
    if (kept.some((k) => Math.hypot(k.x - p.x, k.y - p.y) < gap)) return false;
    kept.push(p);
    return true;
  });
}

/**
 * How far from a country's label point, in its depths, a name's middle still stands on it: the
 * inner circle's radius surely does; a compact country (Syria, Iraq, Iran) holds twice that round it
 * in all but its narrowest parts, and its name needs no line there.
 */
export const ON_AREA = 2;

/**
 * Whether a country is deep enough at this zoom for its name to stand beside its label point (the
 * point deepest inside it), not only on it: its widest inner circle spans half its name or more
 * (Syria, Iraq, Algeria at a continent's zoom). A smaller one (Belgium, Israel, Lebanon, the United
 * Kingdom beside its long name) has its name on its point, or on a line to it.
 */
export function isDeep(depth: number, nameWidth: number): boolean {
  return 4 * depth >= nameWidth;
}

export function basemapCandidates(basemap: readonly PreparedLabel[], { zoom, topLeft, size, said, chosen }: BasemapView): BasemapCandidate[] {
  const scale = 2 ** zoom;
  const toView = (p: { x: number; y: number }) => ({ x: p.x * scale - topLeft.x, y: p.y * scale - topLeft.y });
  const found: BasemapCandidate[] = [];
  for (const name of basemap) {
    // The countries the story happens in are named before the story's places, which can be called out
    // round them, from their least zoom: this view's placement keeps them clear, where the zooms worked
    // out once for the whole world (activation.ts) would hold a small one (Belgium) back for a larger neighbour.
    const tier = name.label.story && name.label.kind === 'country' ? 'region' : 'basemap';
    const from = tier === 'region' ? name.label.minZoom : name.activation.from;
    // (Most names wait for a closer zoom: a chosen one is looked up only when there are any.)
    if (from > zoom + 1e-9 && !(chosen && chosen.size > 0 && chosen.has(name.label.name.toLowerCase()))) continue;
    // Of the basemap's thousand names, most are out of view: left out before anything is made for them.
    const x = name.x * scale - topLeft.x;
    const y = name.y * scale - topLeft.y;
    if (!nearView(x, y, size) || said.has(name.label.name.toLowerCase())) continue;
    const region = tier === 'region';
    const alsoAt = region ? pointsApart({ x, y }, name.alsoAt.map(toView), ANCHOR_GAP) : [];
    // A name none of whose anchors is within its own reach of the view (its width, and a country's
    // callout) could only be set outside it: left out here rather than tried side by side.
    const reach = name.width + name.clearance + name.dot + (region ? COUNTRY_CALLOUT_REACH : 0) + LABEL_PADDING;
    if (![{ x, y }, ...alsoAt].some((at) => nearView(at.x, at.y, size, reach))) continue;
    // A story country's name may also stand beside its label point (the point deepest inside it), or
    // on another point well inside it (not beside: it would stand on a neighbour), where the story's
    // symbols crowd it; and where none is free (a small country, Belgium or Israel, under its city's
    // symbol and name), a little way off with a short line to its label point, as a newspaper's
    // locator map names a small country (not far: a long line would name its neighbour). A name stands
    // on its country where its middle lies within the country's depth of its label point (a third of
    // that of another point): beside a point only there; called out farther, it has a line, however
    // deep the country ("SYRIA" 45 px up from its point, with no line, stood over Turkey). A small
    // country's name is not set beside its point: "BELGIUM" beside Brussels stood over the Channel.
    const inside = ON_AREA * name.depth * scale;
    const sides = region ? (isDeep(name.depth * scale, name.width) ? [...new Set([...name.sides, ...POINT_SIDES])] : (['center'] as const)) : name.sides;
    found.push({
      candidate: {
        ...name,
        text: name.label.name,
        tier,
        rank: name.label.rank,
        x,
        y,
        sides,
        alsoAt: alsoAt.map((at) => ({ ...at, sides: ['center' as const], inside: inside / 3 })),
        ...(region && { callout: { radius: 0, reach: COUNTRY_CALLOUT_REACH, inside, places: name.places.map(toView) }, area: name.label.name }),
      },
      drawAs: { style: name.style, size: name.style.size, dot: name.dot > 0 ? { x, y } : null, tier },
      depth: name.depth * scale,
    });
  }
  return found;
}
