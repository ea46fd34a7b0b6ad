/**
 * Where a country's name called out may have its line end, best first: of its label point and its
 * other points inside it, those where no story symbol is within reading reach, then those clear of
 * every symbol, then those by a symbol that is its own (Belgium's under Brussels's disc). A line
 * ending by another country's symbol reads as naming it ("ISRAEL" ended on Sinai's ring).
 */
import { gapToCircle, READING_REACH, type BoxGrid, type SymbolCircle, type SymbolGrid } from './box-grid.ts';
import { holds, type Box } from './label-box.ts';
import type { LabelCandidate } from './placement-types.ts';

/** Pixels kept, where a country has room for it, between the end of its name's line and any symbol. */
export const LINE_END_CLEARANCE = 8;

/** Pixels kept between the end of a country's name's line and the panel its label point is under. */
export const AREA_END_MARGIN = 24;

/** Pixels from a place within which a symbol's centre stands on it (a group's, among its places); a tour stop's ring over a neighbour's place does not. */
export const PLACE_SLACK = 6;

type Point = { x: number; y: number };

/** Whether a story symbol stands on one of an area's places: its centre, or a fanned-out place's true place, within `PLACE_SLACK` of one. */
export function standsOnOneOf(symbol: SymbolCircle, places: readonly Point[]): boolean {
  const { x, y } = symbol.trueAt ?? symbol;
  return places.some((place) => Math.hypot(place.x - x, place.y - y) <= PLACE_SLACK);
}

/** What the ends are chosen among: the view's width, what covers the map, what is in the way, the story's symbols. */
export interface AreaEndContext {
  width: number;
  covered: readonly Box[];
  inTheWay: BoxGrid;
  symbols: SymbolGrid;
}

const at = ({ x, y }: Point): Box => ({ x0: x, y0: y, x1: x, y1: y });

/** The points a country's name may be called out from, best first; those it may not, left out. */
export function areaLineEnds(area: LabelCandidate, { width, covered, inTheWay, symbols }: AreaEndContext): Point[] {
  // A country whose label point is under a panel (a quarter of the view wide) is not called out from a
  // point by the panel's edge: a line there points at the panel ("IRAN", its sliver beside the passage).
  const panel = covered.find((o) => holds(o, area.x, area.y) && o.x1 - o.x0 >= width / 4);
  const byPanel = (p: Point) => !!panel && holds({ x0: panel.x0 - AREA_END_MARGIN, y0: panel.y0 - AREA_END_MARGIN, x1: panel.x1 + AREA_END_MARGIN, y1: panel.y1 + AREA_END_MARGIN }, p.x, p.y);
  const points = [{ x: area.x, y: area.y }, ...(area.alsoAt ?? [])].filter((p) => !byPanel(p));
  const clear = (p: Point) => !inTheWay.overlaps(at(p), LINE_END_CLEARANCE);
  const far = (p: Point) => clear(p) && !symbols.near(null, at(p), READING_REACH);
  // Else by what is in the way (a panel's edge, a symbol), but by a symbol only where each there stands
  // on one of its places, or the end, off it, is nearer one of its places (Jerusalem's true place, 7 px
  // from Sinai's square).
  const places = area.callout?.places ?? [];
  const own = (p: Point) => symbols.around(at(p), LINE_END_CLEARANCE).every((s) => {
    const gap = gapToCircle(at(p), s);
    return standsOnOneOf(s, places) || places.some((place) => gap > 0 && Math.hypot(place.x - p.x, place.y - p.y) < gap);
  });
  return [...points.filter(far), ...points.filter((p) => clear(p) && !far(p)), ...points.filter((p) => !clear(p) && own(p))];
}
