/**
 * From which zoom each basemap name shows, worked out once for the whole world, so that labels stay
 * put: a name shown at one zoom is shown at every zoom above it (zooming in only pulls names apart),
 * and a view shows the same names whatever the pan history. Names are taken in rank order; each gets
 * the side of its anchor and the least zoom at which it is clear of every higher-ranked name it could
 * meet. This is the idea of MapLibre's symbol placement, made static, as in Been et al.'s "Dynamic
 * map labeling" (2006): each label is active from one zoom on.
 */
import { coverBox, type Box, type LabelShape, type Side } from './label-box.ts';

/** A name to activate: its anchor in world pixels at zoom 0, its shape, its rank and least zoom. */
export interface LabelToActivate extends LabelShape {
  id: string;
  x: number;
  y: number;
  rank: number;
  minZoom: number;
  sides: readonly Side[];
}

/** The side a name is set on, and the zoom from which it shows (Infinity: never). */
export interface Activation {
  side: Side;
  from: number;
}

/** Options of `activationZooms`. */
export interface ActivationOptions {
  /** Pixels kept between two names. */
  padding: number;
  /** Names that would show only beyond this zoom never show. */
  maxZoom: number;
}

const ACTIVATION_DEFAULTS: ActivationOptions = { padding: 3, maxZoom: 16 };

/** The range of scales s > 0 at which `d * s + e` lies strictly within (-half, half). */
function axisRange(d: number, e: number, half: number): [number, number] {
  if (d === 0) return Math.abs(e) < half ? [0, Number.POSITIVE_INFINITY] : [0, 0];
  const [a, b] = [(-half - e) / d, (half - e) / d];
  return [Math.max(0, Math.min(a, b)), Math.max(0, a, b)];
}

/** A name's cover box beside its anchor at (0, 0), per side: the same box for every pair it is tried in. */
type BoxOf = (label: LabelToActivate, side: Side) => Box;

function boxCache(): BoxOf {
  const cache = new Map<LabelToActivate, Map<Side, Box>>();
  return function boxOf(label, side) {
    let sides = cache.get(label);
    if (!sides) cache.set(label, (sides = new Map()));
    let box = sides.get(side);
    if (!box) sides.set(side, (box = coverBox(0, 0, label, side)));
    return box;
  };
}

/**
 * The zoom at which two placed names stop overlapping for good (-Infinity if they never overlap).
 * At scale s = 2^zoom their boxes' centres are `d * s + e` apart, with d the anchors' distance at
 * zoom 0 and e the difference of the boxes' offsets from their anchors.
 */
export function conflictEnd(a: LabelToActivate, aSide: Side, b: LabelToActivate, bSide: Side, padding: number, boxOf: BoxOf = (l, side) => coverBox(0, 0, l, side)): number {
  const boxA = boxOf(a, aSide);
  const boxB = boxOf(b, bSide);
  const [x0, x1] = axisRange(a.x - b.x, (boxA.x0 + boxA.x1 - boxB.x0 - boxB.x1) / 2, (boxA.x1 - boxA.x0 + boxB.x1 - boxB.x0) / 2 + padding);
  const [y0, y1] = axisRange(a.y - b.y, (boxA.y0 + boxA.y1 - boxB.y0 - boxB.y1) / 2, (boxA.y1 - boxA.y0 + boxB.y1 - boxB.y0) / 2 + padding);
  const [low, high] = [Math.max(x0, y0), Math.min(x1, y1)];
  return high > low && high > 0 ? Math.log2(high) : Number.NEGATIVE_INFINITY;
}

/**
 * `activationZooms` as steps, pausing after each name (for `finishInSlices`): the whole world's
 * names take a slow laptop a few hundred milliseconds, too long for one task.
 */
export function* activationSteps(labels: readonly LabelToActivate[], options: Partial<ActivationOptions> = {}): Generator<void, Map<string, Activation>> {
  const { padding, maxZoom } = { ...ACTIVATION_DEFAULTS, ...options };
  const ranked = [...labels].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The farthest reach of any name's box from its anchor, for skipping names too far apart to meet.
  const reach = Math.max(0, ...labels.map((l) => l.width + l.clearance + l.dot + l.height)) * 2 + padding;
  const boxOf = boxCache();
  const done: { label: LabelToActivate; side: Side; from: number }[] = [];
  const result = new Map<string, Activation>();
  for (const label of ranked) {
    yield;
    const far = reach / 2 ** label.minZoom;
    const near = done.filter((other) => Math.abs(other.label.x - label.x) < far && Math.abs(other.label.y - label.y) < far);
    let best: Activation = { side: label.sides[0] ?? 'center', from: Number.POSITIVE_INFINITY };
    for (const side of label.sides) {
      let from = label.minZoom;
      for (const other of near) {
        const end = conflictEnd(label, side, other.label, other.side, padding, boxOf);
        if (other.from < end) from = Math.max(from, end);
      }
      if (from < best.from) best = { side, from };
    }
    if (best.from > maxZoom) best = { ...best, from: Number.POSITIVE_INFINITY };
    done.push({ label, side: best.side, from: best.from });
    result.set(label.id, best);
  }
  return result;
}

/** Each name's side and the zoom from which it shows, by id, at once (see `activationSteps`). */
export function activationZooms(labels: readonly LabelToActivate[], options: Partial<ActivationOptions> = {}): Map<string, Activation> {
  const steps = activationSteps(labels, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
