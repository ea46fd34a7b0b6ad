/**
 * Label placement for one view: one pure function from (the view, the obstacles, ranked candidates)
 * to placed boxes, in the manner of MapLibre's collision index. The story's own labels are placed
 * first, the selected feature's and the tour stop's before the others, each on the first side of its
 * symbol that is free; then the basemap's names, each at the side and from the zoom that
 * `activationZooms` gave it, where nothing placed before covers it. No label overlaps another or a
 * symbol, and none leaves the view.
 */
import { coverBox, overlaps, POINT_SIDES, textBox, type Box, type LabelShape, type Side } from './label-box.ts';

/** How a label ranks: the selection and the tour stop's places, then the story's, then the basemap's. */
export type LabelTier = 'focus' | 'story' | 'basemap';

const TIER_ORDER: Record<LabelTier, number> = { focus: 0, story: 1, basemap: 2 };

/** A label that may be placed in this view, its anchor in the view's pixels. */
export interface LabelCandidate extends LabelShape {
  id: string;
  text: string;
  tier: LabelTier;
  /** Lower ranks are placed first within a tier. */
  rank: number;
  x: number;
  y: number;
  /** The sides to try, in order; a basemap name has the one side it was activated with. */
  sides: readonly Side[];
}

/** A label placed: where its text goes, on which side, and what it covers (its text and dot). */
export interface PlacedLabel {
  id: string;
  text: string;
  tier: LabelTier;
  side: Side;
  box: Box;
  cover: Box;
}

/** What `placeLabels` works on. */
export interface PlacementInput {
  width: number;
  height: number;
  /** What no label may cover: the symbols drawn, in the view's pixels. */
  obstacles: readonly Box[];
  candidates: readonly LabelCandidate[];
}

/** Pixels kept between a label and anything else, and between a label and the view's edge. */
export const LABEL_PADDING = 2;

function byRank(a: LabelCandidate, b: LabelCandidate): number {
  return TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Places the candidates in rank order; those that fit nowhere are left out. */
export function placeLabels({ width, height, obstacles, candidates }: PlacementInput): PlacedLabel[] {
  const view: Box = { x0: LABEL_PADDING, y0: LABEL_PADDING, x1: width - LABEL_PADDING, y1: height - LABEL_PADDING };
  const placed: PlacedLabel[] = [];
  const inView = (box: Box) => box.x0 >= view.x0 && box.y0 >= view.y0 && box.x1 <= view.x1 && box.y1 <= view.y1;
  const free = (cover: Box) =>
    !obstacles.some((o) => overlaps(cover, o, LABEL_PADDING)) && !placed.some((p) => overlaps(cover, p.cover, LABEL_PADDING));
  for (const candidate of [...candidates].sort(byRank)) {
    for (const side of candidate.sides.length > 0 ? candidate.sides : POINT_SIDES) {
      const cover = coverBox(candidate.x, candidate.y, candidate, side);
      if (!inView(cover) || !free(cover)) continue;
      placed.push({ id: candidate.id, text: candidate.text, tier: candidate.tier, side, box: textBox(candidate.x, candidate.y, candidate, side), cover });
      break;
    }
  }
  return placed;
}
