/**
 * Where the arrows to chosen places that are off the view go: on the edge of the largest uncovered
 * part of the map, where a line from its centre toward the place crosses it, kept apart from one
 * another. Pure, for OffViewIndicators.
 */
import { containerPoint, placesOffView, type Camera, type FramePlace, type FramingView } from '../camera/framing.ts';
import { uncoveredAreas } from '../camera/uncovered-areas.ts';

/** A place that may be off the view, with the name its arrow shows. */
export interface NamedPlace extends FramePlace {
  name: string;
  /** A shorter name for the arrow to show, where the name is long; the name is what it is called for a screen reader. */
  shown?: string | undefined;
}

/** Which edge of the uncovered area an arrow sits on. */
export type Edge = 'left' | 'right' | 'top' | 'bottom';

/** One arrow: where it sits (container pixels), which way it points, and the direction in words. */
export interface OffViewMark {
  id: string;
  name: string;
  /** What the arrow shows: the place's `shown`, else its name. */
  shown: string;
  x: number;
  y: number;
  edge: Edge;
  /** Degrees clockwise from east (screen right), toward the place. */
  angle: number;
  /** The compass direction of the place from the view, as words: "east", "south-west". */
  direction: string;
}

/** Spacing between arrows on the same edge: a row of text on the sides, a label's width on the top and bottom. */
const SPACING = { side: 52, across: 200 };

const COMPASS = ['east', 'south-east', 'south', 'south-west', 'west', 'north-west', 'north', 'north-east'];

/** Pushes positions apart to at least `gap`, within [low, high] where there is room. */
function spread(values: number[], gap: number, low: number, high: number): number[] {
  const out = [...values];
  for (let i = 1; i < out.length; i += 1) out[i] = Math.max(out[i] ?? 0, (out[i - 1] ?? 0) + gap);
  const overflow = (out[out.length - 1] ?? high) - high;
  return overflow > 0 ? out.map((v) => Math.max(low, v - overflow)) : out;
}

/** The arrows for the places off the view under `camera`, in the order of `places`. */
export function offViewMarks(view: FramingView, camera: Camera, places: readonly NamedPlace[]): OffViewMark[] {
  const off = new Set(placesOffView(view, camera, places));
  const [area] = uncoveredAreas(view.size, view.coverings, view.margin);
  if (!area || off.size === 0) return [];
  const centre = { x: (area.left + area.right) / 2, y: (area.top + area.bottom) / 2 };
  const [halfW, halfH] = [(area.right - area.left) / 2, (area.bottom - area.top) / 2];
  const marks = places
    .filter((place) => off.has(place.id) && place.points.length > 0)
    .map((place): OffViewMark => {
      const points = place.points.map((p) => containerPoint(view, camera, p));
      const dx = points.reduce((sum, p) => sum + p.x, 0) / points.length - centre.x;
      const dy = points.reduce((sum, p) => sum + p.y, 0) / points.length - centre.y;
      const [sx, sy] = [dx === 0 ? Infinity : halfW / Math.abs(dx), dy === 0 ? Infinity : halfH / Math.abs(dy)];
      const scale = Math.min(sx, sy, 1);
      const edge: Edge = sx < sy ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
      const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
      const direction = COMPASS[Math.round(((angle + 360) % 360) / 45) % 8] ?? 'east';
      return { id: place.id, name: place.name, shown: place.shown ?? place.name, x: centre.x + dx * scale, y: centre.y + dy * scale, edge, angle, direction };
    });
  for (const edge of ['left', 'right', 'top', 'bottom'] as const) {
    const onEdge = marks.filter((m) => m.edge === edge);
    const side = edge === 'left' || edge === 'right';
    const along = side ? 'y' : 'x';
    const [low, high] = side ? [area.top, area.bottom] : [area.left + SPACING.across / 2, area.right - SPACING.across / 2];
    onEdge.sort((a, b) => a[along] - b[along]);
    const placed = spread(onEdge.map((m) => Math.max(low, Math.min(high, m[along]))), side ? SPACING.side : SPACING.across, low, high);
    onEdge.forEach((mark, i) => {
      mark[along] = placed[i] ?? mark[along];
    });
  }
  return marks;
}
