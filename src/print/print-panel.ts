/**
 * One panel of the printed map (the main map, or its inset): what it shows of the places and flows
 * given to it, projected onto its page, and where their numbers go. Pure.
 */
import type { StoryFeature } from '../story/schema.ts';
import { layoutNumbers, type Box, type NumberAnchor, type PlacedNumber } from './number-layout.ts';
import { flowLines, linePath, placePosition } from './print-geometry.ts';
import { pageHeight, projector, type Frame, type PagePoint } from './print-projection.ts';

/** A place's symbol's size on the printed map, in map units (about 4 mm). */
export const PRINT_SYMBOL_SIZE = 22;

/** What one panel of the printed map draws, in its own units. */
export interface PrintPanel {
  frame: Frame;
  width: number;
  height: number;
  places: { feature: StoryFeature; at: PagePoint }[];
  flows: { feature: StoryFeature; paths: string[] }[];
  numbers: PlacedNumber[];
  /** Features given a number here that found no room for it (not drawn). */
  unplaced: string[];
}

/** What a panel is asked to draw and number. */
export interface PanelInput {
  frame: Frame;
  width: number;
  features: readonly StoryFeature[];
  /** The numbers of the features, and whether each is numbered here (false: drawn only, numbered elsewhere). */
  numbers: ReadonlyMap<string, number>;
  numberHere: (feature: StoryFeature) => boolean;
  /** Boxes no number may cover besides the symbols. */
  obstacles: readonly Box[];
}

/** Every flow's lines on a page, with the points along them (for what must not hide them). */
export function projectFlows(flows: readonly StoryFeature[], project: (p: readonly number[]) => PagePoint) {
  return flows.map((feature) => ({ feature, lines: flowLines(feature).map((line) => ({ points: line.map(project), ...linePath(line.map(project)) })) }));
}

/** Lays out one panel: its symbols, its flows and the numbers of those it numbers. */
export function layoutPanel({ frame, width, features, numbers, numberHere, obstacles }: PanelInput): PrintPanel {
  const height = pageHeight(frame, width);
  const project = projector(frame, width);
  const places = features.filter((f) => f.properties.layer !== 'flows').map((feature) => ({ feature, at: project(placePosition(feature)) }));
  const flows = projectFlows(features.filter((f) => f.properties.layer === 'flows'), project);
  const label = (f: StoryFeature) => String(numbers.get(f.id) ?? '');
  const anchors: NumberAnchor[] = [
    ...places.filter(({ feature }) => numberHere(feature)).map(({ feature, at: [x, y] }) => ({ id: feature.id, label: label(feature), x, y, radius: PRINT_SYMBOL_SIZE / 2 })),
    ...flows.flatMap(({ feature, lines: [first] }) => (first && numberHere(feature) ? [{ id: feature.id, label: label(feature), x: first.middle[0], y: first.middle[1], radius: 0 }] : [])),
  ];
  // Symbols drawn but numbered elsewhere are kept clear too.
  const drawnOnly = places.filter(({ feature }) => !numberHere(feature)).map(({ at: [x, y] }) => ({ x: x - PRINT_SYMBOL_SIZE / 2, y: y - PRINT_SYMBOL_SIZE / 2, width: PRINT_SYMBOL_SIZE, height: PRINT_SYMBOL_SIZE }));
  const { placed, unplaced } = layoutNumbers(anchors, { width, height, obstacles: [...obstacles, ...drawnOnly] });
  return {
    frame,
    width,
    height,
    places: places.filter(({ feature }) => !unplaced.includes(feature.id)),
    flows: flows.filter(({ feature }) => !unplaced.includes(feature.id)).map(({ feature, lines }) => ({ feature, paths: lines.map((l) => l.data) })),
    numbers: placed,
    unplaced,
  };
}
