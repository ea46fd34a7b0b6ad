import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Box } from '../labels/label-box.ts';
import { LABEL_STYLES, PRESENTING_STORY_SIZE } from '../labels/label-style.ts';
import { placeLabels, type LabelCandidate } from '../labels/placement.ts';
import { withFocusLeaders } from '../labels/focus-leaders.ts';
import { labelMeasurer } from '../labels/measure.ts';
import { LabelCanvas, type LabelToDraw } from './label-canvas.ts';
import { glyphSamples, type GlyphSample } from '../labels/glyph-samples.ts';
import type { PreparedLabel } from '../labels/prepare-basemap-labels.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';
import { nearView, storyLabels } from './story-labels.ts';
import { basemapCandidates } from './basemap-candidates.ts';
import { afterNextPaint, nextTurn } from '../ui/time-slice.ts';
import { COVERINGS_CHANGE } from './coverings-context.ts';

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
 * The map's labels: the story's places (and groups) beside their symbols, and the basemap's names,
 * placed without overlaps (labels/placement.ts) after each move or zoom, and drawn on a canvas.
 */
export function MapLabels({ symbols, focusIds, presenting, basemap, coverings }: MapLabelsProps) {
  const map = useMap();
  const [layer] = useState(() => new LabelCanvas());
  const measure = useMemo(() => labelMeasurer(), []);
  const measuredAhead = useRef(false);
  const warmedBasemap = useRef<readonly PreparedLabel[] | null>(null);

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
        // What lies over the map (a passage or tour panel, the key, the map's own zoom buttons and
        // credit line) would hide a label: none goes there, and a symbol under it is not named.
        const mapBox = map.getContainer().getBoundingClientRect();
        const controls = map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control, .off-view-mark');
        const covered: Box[] = [];
        for (const element of [...coverings(), ...controls]) {
          const box = element && !element.hidden ? element.getBoundingClientRect() : null;
          if (box && box.width > 0) covered.push({ x0: box.left - mapBox.left, y0: box.top - mapBox.top, x1: box.right - mapBox.left, y1: box.bottom - mapBox.top });
        }
        const story = storyLabels(symbols, { map, focusIds, presenting, covered, measure });
        const obstacles = [...story.obstacles, ...covered];
        const candidates: LabelCandidate[] = story.labels.map((l) => l.candidate);
        const drawnAs = new Map<string, Omit<LabelToDraw, 'box' | 'text'>>(story.labels.map((l) => [l.candidate.id, l.drawAs]));
        // A basemap name that the story already sets beside its own symbol ("Libya", "Mosul") is not said twice.
        const said = new Set([...symbols.filter((s) => s.features.length === 1).map((s) => s.label), ...story.cities].map((name) => name.toLowerCase()));
        const topLeft = map.containerPointToLayerPoint([0, 0]).add(map.getPixelOrigin());
        for (const { candidate, drawAs } of basemapCandidates(basemap ?? [], { zoom: map.getZoom(), topLeft, size, said })) {
          candidates.push(candidate);
          drawnAs.set(candidate.id, drawAs);
        }
        // A focus name set above or below its ringed symbol has a line to it (labels/focus-leaders.ts).
        const placed = withFocusLeaders(placeLabels({ width: size.x, height: size.y, obstacles, candidates }), candidates);
        // A place fanned out from its group stands on a line from its true place (spider.ts).
        const spokes = symbols.flatMap((symbol) => {
          if (!symbol.trueAt) return [];
          const [from, to] = [map.latLngToContainerPoint(symbol.trueAt), map.latLngToContainerPoint(symbol.position)];
          return nearView(to.x, to.y, size) ? [{ x0: from.x, y0: from.y, x1: to.x, y1: to.y }] : [];
        });
        layer.draw(placed.flatMap((p) => {
          const how = drawnAs.get(p.id);
          return how ? [{ ...how, text: p.text, box: p.box, leader: p.leader }] : [];
        }), spokes);
        layer.report(performance.now() - start);
      }
      /**
       * The names of the symbols in view, measured and set once ahead: a canvas measures and sets its
       * first texts slowly.
       */
      function measureAhead() {
        const size = map.getSize();
        const fontSize = presenting ? PRESENTING_STORY_SIZE : LABEL_STYLES.story.size;
        const samples: GlyphSample[] = [];
        for (const symbol of symbols) {
          const p = map.latLngToContainerPoint(symbol.position);
          if (!nearView(p.x, p.y, size)) continue;
          // Its name, and its city alone for where the name finds no room (story-labels.ts).
          for (const line of [...symbol.label.split('\n'), symbol.label.split(' · ')[0] ?? '']) {
            measure(line, LABEL_STYLES.story, fontSize);
            samples.push({ text: line, style: LABEL_STYLES.story, size: fontSize });
          }
        }
        layer.warm(glyphSamples(samples));
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
      // and set in a task of their own before, as the basemap's names are when they arrive; later
      // placements (a selection, a move) find them ready.
      let live = true;
      const newBasemap = basemap !== null && warmedBasemap.current !== basemap ? basemap : null;
      if (measuredAhead.current && !newBasemap) redrawAfterPaint();
      else {
        void nextTurn().then(() => {
          if (!live) return;
          if (!measuredAhead.current) measureAhead();
          measuredAhead.current = true;
          if (newBasemap) layer.warm(glyphSamples(newBasemap.map((name) => ({ text: name.label.name, style: name.style, size: name.style.size }))));
          warmedBasemap.current = basemap;
          redrawAfterPaint();
        });
      }
      map.on(`moveend zoomend resize viewreset ${COVERINGS_CHANGE}`, redrawAfterPaint);
      // The key or a panel that opens, closes or grows over the map: its names are placed again round it.
      // (Not at its first report, of the sizes they have now: this view's placement is on its way.)
      let reported = false;
      const panels = new ResizeObserver(() => (reported ? redrawAfterPaint() : (reported = true)));
      for (const element of coverings()) if (element) panels.observe(element);
      return function stopPlacing() {
        live = false;
        panels.disconnect();
        cancelPlacement?.();
        map.off(`moveend zoomend resize viewreset ${COVERINGS_CHANGE}`, redrawAfterPaint);
      };
    },
    [map, layer, measure, coverings, symbols, focusIds, presenting, basemap],
  );
  return null;
}
