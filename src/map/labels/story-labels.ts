/**
 * The story's own names for one view: a candidate for the label placement per symbol in view, and
 * the symbols as obstacles no name may cover. A symbol that is off the view or under a panel has no
 * name (a name never stands for a symbol the reader cannot see); the selection's and the tour stop's
 * symbols are named first, larger, with their city; a story name with no room beside its symbol is
 * called out on a line (labels/callout.ts).
 */
import type L from 'leaflet';
import { overlaps, POINT_SIDES, type Box } from '../../labels/label-box.ts';
import { LABEL_STYLES, LARGE_MAP_STORY_SIZE, LARGE_MAP_WIDTH, PRESENTING_FOCUS_SIZE, PRESENTING_STORY_SIZE, type LabelStyle } from '../../labels/label-style.ts';
import type { LabelCandidate } from '../../labels/placement.ts';
import { labelHeight, lineHeight } from '../../labels/prepare-basemap-labels.ts';
import type { LabelToDraw } from './label-canvas.ts';
import { targetSize } from '../places/symbol-scale.ts';
import { placeLabel } from '../places/place-names.ts';
import type { DrawnSymbol } from '../places/use-place-symbols.ts';
import { cityLabels, type SeenSymbol } from './city-labels.ts';

/** Pixels beyond the view's edge within which a symbol still stands in a name's way. */
export const VIEW_MARGIN = 300;
/** Air between a symbol's edge and its label. */
const SYMBOL_AIR = 4;
/** How far the ring of a selected symbol reaches beyond it (`.is-selected::after` in map/map.css: 8 px out, 3 px border, 3 px glow). */
const SELECTED_RING = 14;
/** …and the ring of a tour stop's symbol while presenting (7 px out, 4 px border, 7 px glow). */
const PRESENTING_RING = 18;

/** Whether a point (container pixels) lies in a view of `size` or within `margin` of it. */
export function nearView(x: number, y: number, size: { x: number; y: number }, margin = VIEW_MARGIN): boolean {
  return x >= -margin && y >= -margin && x <= size.x + margin && y <= size.y + margin;
}

/**
 * The label of a symbol that holds the selection or the tour stop's places: its city first, then
 * those of its places, a line each, and how many more it holds, so that the stop's city and places
 * are always named ("Paris / Bataclan / Café terraces"). Where the symbol holds several cities, each
 * place names its own ("Hezbollah, Lebanon").
 */
export function focusLabel(symbol: DrawnSymbol, focusIds: ReadonlySet<string>): string {
  const focused = symbol.features.filter((f) => focusIds.has(f.id));
  const cities = [...new Set(focused.map((f) => f.properties.city).filter((city) => city !== undefined))];
  const oneCity = cities.length <= 1;
  const named = focused.map((f) => {
    const [label, city] = [placeLabel(f), f.properties.city];
    return oneCity || !city || label.includes(city) ? label : `${label}, ${city}`;
  });
  const others = symbol.features.length - named.length;
  const shown = named.length > 4 ? [...named.slice(0, 3), `and ${named.length - 3} more`] : named;
  const city = oneCity && cities[0] && !named.some((n) => n.includes(cities[0] ?? '')) ? [cities[0]] : [];
  return [...city, ...shown, ...(others > 0 ? [`+${others} more here`] : [])].join('\n');
}

/** What `storyLabels` needs to know of the view. */
export interface StoryLabelView {
  map: L.Map;
  focusIds: ReadonlySet<string>;
  presenting: boolean;
  /** What covers the map (panels, controls), in container pixels. */
  covered: readonly Box[];
  measure: (text: string, style: LabelStyle, size: number) => number;
}

/** Pixels beyond its symbol's edge a name beside the tour stop's may stand on a line while presenting (callout.ts's third distance). */
export const PRESENTING_CONTEXT_REACH = 50;

/** A story name to place, and how to draw it once placed. */
export interface StoryLabel {
  candidate: LabelCandidate;
  drawAs: Omit<LabelToDraw, 'box' | 'leader' | 'text'>;
}

/** The candidates and obstacles of the story's symbols in this view. */
export function storyLabels(symbols: readonly DrawnSymbol[], { map, focusIds, presenting, covered, measure }: StoryLabelView): { labels: StoryLabel[]; obstacles: Box[]; cities: string[] } {
  const size = map.getSize();
  const labels: StoryLabel[] = [];
  const obstacles: Box[] = [];
  const seen: SeenSymbol[] = [];
  for (const [rank, symbol] of symbols.entries()) {
    const p = map.latLngToContainerPoint(symbol.position);
    if (!nearView(p.x, p.y, size)) continue;
    const focus = symbol.features.some((f) => focusIds.has(f.id));
    // A name keeps clear of the mark drawn, not of the larger target a small mark stands in (a
    // locator map sets a city's name close beside its dot: 10 px further off, at an overview, Syria's
    // cities left no room for "SYRIA"). The selection's and the tour stop's symbols wear a ring round
    // their target (map/map.css): their label keeps clear of it.
    const half = focus ? targetSize(symbol.size) / 2 + (presenting ? PRESENTING_RING : SELECTED_RING) : symbol.size / 2;
    obstacles.push({ x0: p.x - half, y0: p.y - half, x1: p.x + half, y1: p.y + half });
    const anchor = { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    if (!nearView(p.x, p.y, size, 0) || covered.some((box) => overlaps(anchor, box))) continue;
    const style = focus ? LABEL_STYLES.focus : LABEL_STYLES.story;
    const fontSize = presenting ? (focus ? PRESENTING_FOCUS_SIZE : PRESENTING_STORY_SIZE) : !focus && size.x >= LARGE_MAP_WIDTH ? LARGE_MAP_STORY_SIZE : style.size;
    const text = focus ? focusLabel(symbol, focusIds) : symbol.label;
    seen.push({ x: p.x, y: p.y, cities: symbol.features.map((f) => f.properties.city), label: text });
    const lines = text.split('\n');
    const width = Math.ceil(Math.max(...lines.map((line) => measure(line, style, fontSize))) + 2 * style.haloWidth);
    const tier = focus ? 'focus' : 'story';
    // A group's city alone ("Paris" for "Paris · 3 attacks"), where the whole name finds no room.
    const city = symbol.features.length > 1 && !focus ? symbol.label.split(' · ')[0] : undefined;
    const short = city && city !== text ? { text: city, width: Math.ceil(measure(city, style, fontSize) + 2 * style.haloWidth) } : undefined;
    labels.push({
      candidate: {
        id: symbol.key, text, tier, rank, x: p.x, y: p.y, sides: POINT_SIDES, width, clearance: half + SYMBOL_AIR, dot: 0,
        height: labelHeight(style, fontSize) + (lines.length - 1) * lineHeight(fontSize),
        // While presenting, a place beside the stop's is named on a short line or not at all: a long one
        // across a world view ("Damascus", 130 px north of its triangle) is read from the back as a stray.
        callout: { radius: half, reach: presenting && !focus ? PRESENTING_CONTEXT_REACH : undefined }, short,
      },
      drawAs: { style, size: fontSize, dot: null, tier, ids: symbol.features.map((f) => f.id) },
    });
  }
  // In a close view, the city of the sites in it, once (city-labels.ts).
  const cities = cityLabels(seen, map.getZoom(), measure);
  return { labels: [...labels, ...cities], obstacles, cities: cities.map((l) => l.candidate.text) };
}
