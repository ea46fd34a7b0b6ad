/**
 * The printed map, computed: its frame, what lies on it and what does not, the main map and (where
 * places crowd) an inset that enlarges them, and where every number goes. Pure, so that the map is the
 * same at build time (the prerendered page) and in the browser.
 */
import type { StoryFeature } from '../story/schema.ts';
import type { Box } from './number-layout.ts';
import { featurePositions, placePosition } from './print-geometry.ts';
import { insideFrame, printFrame } from './print-frame.ts';
import { planInset } from './print-inset.ts';
import { layoutPanel, projectFlows, type PrintPanel } from './print-panel.ts';
import { boxFrame, pageHeight, projector, type Frame } from './print-projection.ts';

export { PRINT_SYMBOL_SIZE } from './print-panel.ts';

/** The printed map's width in map units (its height follows the frame): 186 mm on A4. */
export const PRINT_MAP_WIDTH = 1000;
/** The most numbers the printed map lays out: beyond (a story of thousands of places) it is drawn without numbers, the list giving them. */
export const MAX_NUMBERS = 300;

/** The inset: its panel, where it stands on the main map, the area of the main map it enlarges, and how much. */
export interface PrintInset {
  panel: PrintPanel;
  box: Box;
  area: Box;
  zoom: number;
}

/** Everything the printed map draws: the main map's panel, and its inset if places crowd. */
export interface PrintMapLayout extends PrintPanel {
  inset: PrintInset | null;
  /** Whether the map carries numbers (at most MAX_NUMBERS of them). */
  numbered: boolean;
  /** Features outside the frame, or whose number found no room: named under the map. */
  offMap: StoryFeature[];
}

const isFlow = (f: StoryFeature) => f.properties.layer === 'flows';
/** Where a feature is: a place's point, a flow's points. */
export const positionsOf = (f: StoryFeature) => (isFlow(f) ? featurePositions(f) : [placePosition(f)]);

/**
 * Lays out the printed map of `features`, numbered by `numbers`; `obstacles` (in map units) stay clear
 * of numbers. The frame is where most of the features are, unless given (a tour stop's: stop-frame.ts);
 * a smaller map (a stop's) is fewer units wide, its type and symbols the same size on paper.
 */
export function printMapLayout(
  features: readonly StoryFeature[],
  numbers: ReadonlyMap<string, number>,
  obstacles: readonly Box[] = [],
  { frame: given, width = PRINT_MAP_WIDTH }: { frame?: Frame; width?: number } = {},
): PrintMapLayout {
  const frame: Frame = given ?? printFrame(features.flatMap(positionsOf).map(([lon = 0, lat = 0]) => [lon, lat] as const));
  const project = projector(frame, width);
  const onMap = features.filter((f) => insideFrame(frame, positionsOf(f)));
  const places = onMap.filter((f) => !isFlow(f));
  const flows = onMap.filter(isFlow);
  const numbered = places.length + flows.length <= MAX_NUMBERS;
  const linePoints = projectFlows(flows, project).flatMap(({ lines }) => lines.flatMap((l) => [...l.points, l.middle]));
  const plan = numbered ? planInset(places.map((f) => project(placePosition(f))), linePoints, width, pageHeight(frame, width)) : null;
  const inInset = new Set(plan?.members.map((i) => places[i]?.id));
  const main = layoutPanel({
    frame,
    width,
    features: onMap.filter((f) => !inInset.has(f.id)),
    numbers,
    numberHere: () => numbered,
    obstacles: plan ? [...obstacles, plan.box, plan.area] : obstacles,
  });
  const inset: PrintInset | null = plan && {
    panel: layoutPanel({ frame: boxFrame(frame, width, plan.area), width: plan.box.width, features: [...places.filter((f) => inInset.has(f.id)), ...flows], numbers, numberHere: (f) => !isFlow(f), obstacles: [] }),
    box: plan.box,
    area: plan.area,
    zoom: plan.zoom,
  };
  const unplaced = [...main.unplaced, ...(inset?.panel.unplaced ?? [])];
  const offMap = features.filter((f) => !onMap.includes(f) || unplaced.includes(f.id));
  return { ...main, inset, numbered, offMap: offMap.sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)) };
}
