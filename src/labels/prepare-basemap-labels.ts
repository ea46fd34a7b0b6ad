/**
 * The basemap's names made ready for placement, once, when they load: each measured in its type
 * style, its anchor in world pixels at zoom 0, and the side and zoom from which it shows
 * (labels/activation.ts).
 */
import { activationSteps, type Activation } from './activation.ts';
import { POINT_SIDES, type LabelShape, type Side } from './label-box.ts';
import type { BasemapLabel } from './label-data.ts';
import { LABEL_STYLES, type LabelStyle } from './label-style.ts';

/** A basemap name ready to place. */
export interface PreparedLabel extends LabelShape {
  id: string;
  label: BasemapLabel;
  style: LabelStyle;
  /** The anchor in world pixels at zoom 0. */
  x: number;
  y: number;
  activation: Activation;
  /**
   * The sides it may take in a view, its activated side first. Only a story country's name has
   * others: where the story's own symbols and labels cover its side, it may take another free one.
   */
  sides: readonly Side[];
  /** A story country's other anchors well inside it, in world pixels at zoom 0 (`BasemapLabel.alsoAt`). */
  alsoAt: readonly { x: number; y: number }[];
  /** A story country's depth (`BasemapLabel.depth`) in world pixels at zoom 0; 0 for any other name. */
  depth: number;
  /** A story country's places of the story, in world pixels at zoom 0 (`BasemapLabel.places`). */
  places: readonly { x: number; y: number }[];
}

/** The height of one line of a label at a font size. */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.2);
}

/** The height of a one-line label's box for a font size: the line, plus the halo above and below. */
export function labelHeight(style: LabelStyle, size = style.size): number {
  return lineHeight(size) + Math.ceil(2 * style.haloWidth);
}

/** Names that stand on their anchor (seas, countries, rivers) rather than beside a dot. */
const CENTRED: readonly BasemapLabel['kind'][] = ['ocean', 'sea', 'country', 'river'];

/**
 * The sides a story's country may take: on its label point, or above or below it, still over the
 * country's width, where a name ranked before leaves no room there (Belgium between the United
 * Kingdom, France and Germany; Israel and Lebanon under Syria). Activation keeps the first side that
 * shows soonest, so the centre wherever it is free as soon as the others.
 */
const STORY_COUNTRY_SIDES: readonly Side[] = ['center', 'above', 'below'];
/** Pixels between a story country's label point and its name set beside it. */
const STORY_COUNTRY_CLEARANCE = 4;

/** The sides a name may take, in the order they are tried. */
function sidesOf(label: BasemapLabel): readonly Side[] {
  if (label.kind === 'country' && label.story) return STORY_COUNTRY_SIDES;
  return CENTRED.includes(label.kind) ? ['center'] : POINT_SIDES;
}

/** A name's type style: a city the story never names is set quieter than the story's own. */
function styleOf(label: BasemapLabel): LabelStyle {
  if ((label.kind === 'capital' || label.kind === 'city') && !label.story) return LABEL_STYLES.quiet;
  return LABEL_STYLES[label.kind];
}

/**
 * Measures each name, and works out where and from which zoom it shows, as steps that pause now and
 * then (run them with `finishInSlices`, or `prepareBasemapLabels` at once). `project` gives a
 * `[lon, lat]` in world pixels at zoom 0; `measure` a text's width in a style.
 */
export function* basemapLabelSteps(
  labels: readonly BasemapLabel[],
  project: (position: [number, number]) => { x: number; y: number },
  measure: (text: string, style: LabelStyle, size: number) => number,
  maxZoom: number,
): Generator<void, PreparedLabel[]> {
  const shaped = [];
  for (const [i, label] of labels.entries()) {
    yield;
    const style = styleOf(label);
    const { x, y } = project(label.position);
    const sides = sidesOf(label);
    shaped.push({
      id: `${label.kind}:${label.name}:${i}`,
      label,
      style,
      x,
      y,
      width: Math.ceil(measure(label.name, style, style.size) + 2 * style.haloWidth),
      height: labelHeight(style),
      clearance: style.dot > 0 ? style.dot + 2 : sides === STORY_COUNTRY_SIDES ? STORY_COUNTRY_CLEARANCE : 0,
      dot: style.dot,
      rank: label.rank,
      minZoom: label.minZoom,
      sides,
      alsoAt: (label.alsoAt ?? []).map(project),
      places: (label.places ?? []).map(project),
      // Mercator degrees to world pixels at zoom 0: the world's 360 degrees are 256 pixels wide.
      depth: ((label.depth ?? 0) * 256) / 360,
    });
  }
  const zooms = yield* activationSteps(shaped, { maxZoom });
  return shaped.map(({ sides, rank: _rank, minZoom: _minZoom, ...prepared }) => {
    const activation = zooms.get(prepared.id) ?? { side: sides[0] ?? 'center', from: Number.POSITIVE_INFINITY };
    const others = sides === STORY_COUNTRY_SIDES ? sides.filter((side) => side !== activation.side) : [];
    return { ...prepared, activation, sides: [activation.side, ...others] };
  });
}

/** `basemapLabelSteps` at once. */
export function prepareBasemapLabels(...args: Parameters<typeof basemapLabelSteps>): PreparedLabel[] {
  const steps = basemapLabelSteps(...args);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
