import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { POINT_SIDES, type Box } from '../labels/label-box.ts';
import { LABEL_STYLES, PRESENTING_FOCUS_SIZE, PRESENTING_STORY_SIZE } from '../labels/label-style.ts';
import { placeLabels, type LabelCandidate } from '../labels/placement.ts';
import { labelMeasurer } from '../labels/measure.ts';
import { LabelCanvas, type LabelToDraw } from './label-canvas.ts';
import { labelHeight, lineHeight, type PreparedLabel } from '../labels/prepare-basemap-labels.ts';
import { placeLabel, type DrawnSymbol } from './use-place-symbols.ts';
import { afterNextPaint, nextTurn } from '../ui/time-slice.ts';

/** Pixels beyond the view's edge within which a name's anchor is considered: its text may reach in. */
const VIEW_MARGIN = 300;

/** Whether a point (container pixels) lies in a view of `size` or within VIEW_MARGIN of it. */
function nearView(x: number, y: number, size: { x: number; y: number }): boolean {
  return x >= -VIEW_MARGIN && y >= -VIEW_MARGIN && x <= size.x + VIEW_MARGIN && y <= size.y + VIEW_MARGIN;
}
/** Air between a symbol's edge and its label. */
const SYMBOL_AIR = 4;
/** How far the ring of a selected symbol reaches beyond it (`.is-selected::after` in index.css: 8 px out, 3 px border, 3 px glow). */
const SELECTED_RING = 14;
/** …and the ring of a tour stop's symbol while presenting (7 px out, 4 px border, 7 px glow). */
const PRESENTING_RING = 18;

/** What the label layer places and draws. */
export interface MapLabelsProps {
  symbols: readonly DrawnSymbol[];
  /** The selection and the tour stop's places: their labels come first, larger. */
  focusIds: ReadonlySet<string>;
  presenting: boolean;
  /** The basemap's names, once loaded and prepared; null until then. */
  basemap: readonly PreparedLabel[] | null;
  /** What lies over the map (panels, the key): no label is placed under it. */
  coverings: () => (HTMLElement | null)[];
}

/**
 * The label of a symbol that holds the selection or the tour stop's places: a group names those of
 * its places, a line each, and how many more it holds, so that the stop's places are always named.
 */
export function focusLabel(symbol: DrawnSymbol, focusIds: ReadonlySet<string>): string {
  if (symbol.features.length === 1) return symbol.label;
  const named = symbol.features.filter((f) => focusIds.has(f.id)).map(placeLabel);
  const others = symbol.features.length - named.length;
  const shown = named.length > 4 ? [...named.slice(0, 3), `and ${named.length - 3} more`] : named;
  return [...shown, ...(others > 0 ? [`+${others} more here`] : [])].join('\n');
}

/**
 * The map's labels: the story's places (and groups) beside their symbols, and the basemap's names,
 * placed without overlaps (labels/placement.ts) after each move or zoom, and drawn on a canvas.
 */
export function MapLabels({ symbols, focusIds, presenting, basemap, coverings }: MapLabelsProps) {
  const map = useMap();
  const [layer] = useState(() => new LabelCanvas());
  const measure = useMemo(() => labelMeasurer(), []);
  const measuredAhead = useRef(false);

  useEffect(
    function addLabelLayer() {
      layer.addTo(map);
      return function removeLabelLayer() {
        layer.remove();
      };
    },
    [map, layer],
  );

  useEffect(
    function placeAndDrawOnEveryView() {
      function redraw() {
        const start = performance.now();
        const size = map.getSize();
        const storyStyle = LABEL_STYLES.story;
        const focusStyle = LABEL_STYLES.focus;
        const drawnAs = new Map<string, Omit<LabelToDraw, 'box'>>();
        const obstacles: Box[] = [];
        const candidates: LabelCandidate[] = [];
        for (const [rank, symbol] of symbols.entries()) {
          const p = map.latLngToContainerPoint(symbol.position);
          // Far off the view, a symbol neither has a label here nor stands in one's way.
          if (!nearView(p.x, p.y, size)) continue;
          const focus = symbol.features.some((f) => focusIds.has(f.id));
          // The selection's and the tour stop's symbols wear a ring (index.css): their label keeps clear of it.
          const half = symbol.size / 2 + (focus ? (presenting ? PRESENTING_RING : SELECTED_RING) : 0);
          obstacles.push({ x0: p.x - half, y0: p.y - half, x1: p.x + half, y1: p.y + half });
          const style = focus ? focusStyle : storyStyle;
          const fontSize = presenting ? (focus ? PRESENTING_FOCUS_SIZE : PRESENTING_STORY_SIZE) : style.size;
          const text = focus ? focusLabel(symbol, focusIds) : symbol.label;
          const lines = text.split('\n');
          const width = Math.ceil(Math.max(...lines.map((line) => measure(line, style, fontSize))) + 2 * style.haloWidth);
          candidates.push({
            id: symbol.key, text, tier: focus ? 'focus' : 'story', rank, x: p.x, y: p.y, sides: POINT_SIDES,
            width, height: labelHeight(style, fontSize) + (lines.length - 1) * lineHeight(fontSize), clearance: half + SYMBOL_AIR, dot: 0,
          });
          drawnAs.set(symbol.key, { text, style, size: fontSize, dot: null, tier: focus ? 'focus' : 'story' });
        }
        // What lies over the map (a passage or tour panel, the key, the map's own zoom buttons and
        // credit line) would hide a label: none goes there.
        const mapBox = map.getContainer().getBoundingClientRect();
        const controls = map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control');
        for (const element of [...coverings(), ...controls]) {
          const box = element && !element.hidden ? element.getBoundingClientRect() : null;
          if (box && box.width > 0) obstacles.push({ x0: box.left - mapBox.left, y0: box.top - mapBox.top, x1: box.right - mapBox.left, y1: box.bottom - mapBox.top });
        }
        const zoom = map.getZoom();
        const topLeft = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
        const scale = 2 ** zoom;
        // A basemap name that the story already sets beside its own symbol ("Libya", "Mosul") is not said twice.
        const said = new Set(symbols.filter((s) => s.features.length === 1).map((s) => s.label.toLowerCase()));
        for (const name of basemap ?? []) {
          if (name.activation.from > zoom + 1e-9 || said.has(name.label.name.toLowerCase())) continue;
          const x = name.x * scale - topLeft.x;
          const y = name.y * scale - topLeft.y;
          if (!nearView(x, y, size)) continue;
          candidates.push({ ...name, text: name.label.name, tier: 'basemap', rank: name.label.rank, x, y, sides: [name.activation.side] });
          drawnAs.set(name.id, { text: name.label.name, style: name.style, size: name.style.size, dot: name.dot > 0 ? { x, y } : null, tier: 'basemap' });
        }
        const placed = placeLabels({ width: size.x, height: size.y, obstacles, candidates });
        layer.draw(placed.flatMap((p) => {
          const how = drawnAs.get(p.id);
          return how ? [{ ...how, box: p.box }] : [];
        }));
        layer.report(performance.now() - start);
      }
      /** The names of the symbols in view, measured ahead: a canvas measures its first texts slowly. */
      function measureAhead() {
        const size = map.getSize();
        const fontSize = presenting ? PRESENTING_STORY_SIZE : LABEL_STYLES.story.size;
        for (const symbol of symbols) {
          const p = map.latLngToContainerPoint(symbol.position);
          if (!nearView(p.x, p.y, size)) continue;
          for (const line of symbol.label.split('\n')) measure(line, LABEL_STYLES.story, fontSize);
        }
      }
      // Placed once the frame after a change is drawn: reading the panels' boxes then forces no layout,
      // and the events that end one zoom (zoomend, moveend) place its labels once.
      let cancelPlacement: (() => void) | null = null;
      function redrawAfterPaint() {
        cancelPlacement ??= afterNextPaint(() => {
          cancelPlacement = null;
          redraw();
        });
      }
      // The first placement follows the drawing of the symbols it keeps clear of, their names measured
      // in a task of their own before; later ones (a selection, the basemap's names) find them measured.
      let live = true;
      if (measuredAhead.current) redrawAfterPaint();
      else {
        void nextTurn().then(() => {
          if (!live) return;
          measuredAhead.current = true;
          measureAhead();
          redrawAfterPaint();
        });
      }
      map.on('moveend zoomend resize viewreset', redrawAfterPaint);
      return function stopPlacing() {
        live = false;
        cancelPlacement?.();
        map.off('moveend zoomend resize viewreset', redrawAfterPaint);
      };
    },
    [map, layer, measure, coverings, symbols, focusIds, presenting, basemap],
  );
  return null;
}
