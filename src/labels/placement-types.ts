/**
 * What label placement (placement.ts) works on and gives back: the candidates, ranked by tier, each
 * with the sides to try and how it may be called out; the labels placed; the view's input.
 */
import type { Leader } from './callout.ts';
import type { Box, LabelShape, Side } from './label-box.ts';

/**
 * How a label ranks: the selection and the tour stop's places, then the story's places, then the
 * countries the story happens in, then the rest; within each, names beside their symbols before names called out.
 */
export type LabelTier = 'focus' | 'region' | 'story' | 'basemap';

/** The tiers in the order they are placed. */
export const TIER_ORDER: Record<LabelTier, number> = { focus: 0, story: 1, region: 2, basemap: 3 };

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
  /**
   * Called out when no side is free: the pixels from the symbol's centre to its edge, where the line
   * starts, and how far beyond it the label may stand (callout.ts's distances; all of them if unset).
   * `inside`: for an area's name (a country's), how far round its anchor the area surely reaches: a
   * name whose middle falls there stands on its area, as any area's name does, and has no line; one
   * set beside its anchor stands only there. `places`: the area's places of the story, in the view's
   * pixels: a story symbol on one is its own (Brussels's disc over Belgium), where its line may end.
   */
  callout?: { radius: number; reach?: number | undefined; inside?: number | undefined; places?: readonly { x: number; y: number }[] | undefined } | undefined;
  /** A shorter text to try when the full one finds no room ("Paris" for "Paris · 3 attacks"), and its width. */
  short?: { text: string; width: number } | undefined;
  /**
   * Other anchors to try, in order, when no side of the first is free (a city's name over its sites),
   * each with the sides to try there (the first's if unset).
   */
  alsoAt?: readonly { x: number; y: number; sides?: readonly Side[] | undefined; inside?: number | undefined }[] | undefined;
  /** A country's name: the country, as `PlacementInput.countryAt` names it. */
  area?: string | undefined;
}

/** A label placed: where its text goes, on which side, and what it covers (its text and dot). */
export interface PlacedLabel {
  id: string;
  text: string;
  tier: LabelTier;
  side: Side;
  box: Box;
  cover: Box;
  /** A called-out label's line from its symbol. */
  leader?: Leader | undefined;
  /** A story name a flow runs through, where no side was clear of them: set on a plate, which hides the flow. */
  plate?: true | undefined;
}

/** What `placeLabels` works on. */
export interface PlacementInput {
  width: number;
  height: number;
  /** What no label may cover: the symbols drawn, and what lies over the map, in the view's pixels. */
  obstacles: readonly Box[];
  /** Of those, what lies over the map (panels, controls): no line starts under it. */
  covered?: readonly Box[] | undefined;
  candidates: readonly LabelCandidate[];
  /** Lines drawn already (a fanned-out place's spoke from its true position): no label covers one, no callout's line crosses one. */
  lines?: readonly Leader[] | undefined;
  /** The flows' lines, segment by segment: a story name one runs through is set on a plate (`PlacedLabel.plate`). */
  flows?: readonly Leader[] | undefined;
  /**
   * The country under a point of the view, null at sea: a country's name called out never stands over
   * another country ("SYRIA" set inside Iraq, under "IRAQ", read as Iraq's second name).
   */
  countryAt?: ((x: number, y: number) => string | null) | undefined;
}
