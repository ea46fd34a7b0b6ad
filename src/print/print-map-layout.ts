/**
 * The printed map, computed: its frame, what lies on it and what does not, each place's symbol and
 * each flow's lines on the page, and where every number goes. Pure, so that the map is the same at
 * build time (the prerendered page) and in the browser.
 */
import type { StoryFeature } from '../story/schema.ts';
import { layoutNumbers, type Box, type NumberAnchor, type PlacedNumber } from './number-layout.ts';
import { featurePositions, flowLines, linePath, placePosition } from './print-geometry.ts';
import { insideFrame, printFrame } from './print-frame.ts';
import { pageHeight, projector, type Frame, type PagePoint } from './print-projection.ts';

/** The printed map's width in map units (its height follows the frame): 186 mm on A4. */
export const PRINT_MAP_WIDTH = 1000;
/** The most numbers the printed map lays out: beyond (a story of thousands of places) it is drawn without numbers, the list giving them. */
export const MAX_NUMBERS = 300;
/** A place symbol's size on the printed map, in map units (about 4 mm). */
export const PRINT_SYMBOL_SIZE = 22;

/** Everything the printed map draws. */
export interface PrintMapLayout {
  frame: Frame;
  width: number;
  height: number;
  places: { feature: StoryFeature; at: PagePoint }[];
  flows: { feature: StoryFeature; paths: string[] }[];
  numbers: PlacedNumber[];
  /** Whether the map carries numbers (at most MAX_NUMBERS of them). */
  numbered: boolean;
  /** Features outside the frame, or whose number found no room: named under the map. */
  offMap: StoryFeature[];
}

/** Lays out the printed map of `features`, numbered by `numbers`; `obstacles` (labels, in map units) stay clear of numbers. */
export function printMapLayout(features: readonly StoryFeature[], numbers: ReadonlyMap<string, number>, obstacles: readonly Box[] = []): PrintMapLayout {
  const frame = printFrame(features.flatMap((f) => (f.properties.layer === 'flows' ? featurePositions(f) : [placePosition(f)])).map(([lon = 0, lat = 0]) => [lon, lat] as const));
  const [width, height] = [PRINT_MAP_WIDTH, pageHeight(frame, PRINT_MAP_WIDTH)];
  const project = projector(frame, width);
  const onMap = features.filter((f) => insideFrame(frame, f.properties.layer === 'flows' ? featurePositions(f) : [placePosition(f)]));
  const places = onMap.filter((f) => f.properties.layer !== 'flows').map((feature) => ({ feature, at: project(placePosition(feature)) }));
  const flows = onMap
    .filter((f) => f.properties.layer === 'flows')
    .map((feature) => ({ feature, lines: flowLines(feature).map((line) => linePath(line.map(project))) }));
  const label = (f: StoryFeature) => String(numbers.get(f.id) ?? '');
  const anchors: NumberAnchor[] = [
    ...places.map(({ feature, at: [x, y] }) => ({ id: feature.id, label: label(feature), x, y, radius: PRINT_SYMBOL_SIZE / 2 })),
    ...flows.flatMap(({ feature, lines }) => (lines[0] ? [{ id: feature.id, label: label(feature), x: lines[0].middle[0], y: lines[0].middle[1], radius: 0 }] : [])),
  ];
  const numbered = anchors.length <= MAX_NUMBERS;
  const { placed, unplaced } = numbered ? layoutNumbers(anchors, { width, height, obstacles }) : { placed: [], unplaced: [] };
  const offMap = features.filter((f) => !onMap.includes(f) || unplaced.includes(f.id));
  return {
    frame,
    width,
    height,
    places: places.filter(({ feature }) => !unplaced.includes(feature.id)),
    flows: flows.filter(({ feature }) => !unplaced.includes(feature.id)).map(({ feature, lines }) => ({ feature, paths: lines.map((l) => l.data) })),
    numbers: placed,
    numbered,
    offMap: [...offMap].sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0)),
  };
}
