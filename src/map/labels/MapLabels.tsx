/**
 * Connects the label placement (src/labels/) to the Leaflet map: when the names are placed again, and the
 * canvas they are drawn on.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { LABEL_STYLES, PRESENTING_STORY_SIZE } from '../../labels/label-style.ts';
import { labelMeasurer } from '../../labels/measure.ts';
import { LabelCanvas } from './label-canvas.ts';
import { glyphSamples, type GlyphSample } from '../../labels/glyph-samples.ts';
import type { PreparedLabel } from '../../labels/prepare-basemap-labels.ts';
import { nearView } from './story-labels.ts';
import { coveredBoxes, viewLabels, type ViewLabelsInput } from './view-labels.ts';
import type { Box } from '../../labels/label-box.ts';
import { afterNextPaint, nextTurn } from '../../ui/time-slice.ts';
import { COVERINGS_CHANGE } from '../coverings-context.ts';

/** What the label layer places and draws: a view's labels are made from it (view-labels.ts). */
export type MapLabelsProps = Omit<ViewLabelsInput, 'measure'>;

/**
 * The map's labels: the story's places (and groups) beside their symbols, and the basemap's names,
 * placed without overlaps (labels/placement.ts) after each move or zoom, and drawn on a canvas.
 */
export function MapLabels({ symbols, focusIds, focusAreas, presenting, flows, basemap, land, coverings }: MapLabelsProps) {
  const map = useMap();
  const [layer] = useState(() => new LabelCanvas());
  const measure = useMemo(() => labelMeasurer(), []);
  const measuredAhead = useRef(false);
  const warmedBasemap = useRef<readonly PreparedLabel[] | null>(null);
  // Each view that a move, zoom or resize ends, as a count: its labels are placed in the commit that
  // answers it, with what the same events change (the symbols regrouped at a new zoom, the marks at
  // the view's edge), once. None is placed while the map moves: the layer is hidden or moving with
  // it, and the view is not yet the one to name (placed on the events themselves and on the marks
  // taken away as a move began, a view was placed two or three times, and its names moved).
  // `views` counts them as they end, ahead of the commit that places each: a placement asked for in
  // an earlier view (the marks taken away as the move began) whose frame comes after the move ended
  // but before that commit would place the new view with the old view's symbols, and the view twice.
  const [view, setView] = useState(0);
  const views = useRef(0);
  const moving = useRef(false);
  useMapEvents(
    useMemo(() => {
      const ended = () => {
        moving.current = false;
        views.current += 1;
        setView(views.current);
      };
      return { movestart: () => void (moving.current = true), moveend: ended, zoomend: ended, resize: ended, viewreset: ended };
    }, []),
  );

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
      const input = { symbols, focusIds, focusAreas, presenting, flows, basemap, land, coverings, measure };
      // What covered the map when this view's labels were last placed: the rest of what they are made
      // of is the same until the view or the input changes, and this effect with it. The same boxes
      // again (the corner list of places beyond the view, drawn anew as it was) place nothing anew.
      let placedRound: string | null = null;
      function redraw(read?: readonly Box[]) {
        const start = performance.now();
        const covered = read ?? coveredBoxes(map, coverings);
        const round = JSON.stringify(covered);
        if (round === placedRound) return;
        placedRound = round;
        const { labels, spokes } = viewLabels(map, input, covered);
        layer.draw(labels, spokes);
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
      // Placed once the frame after a change is drawn, and the changes of one frame place its labels
      // once. What covers the map is read in that frame, once it is laid
      // out: read in the placement's task, the panels' boxes forced a layout of the page of their own
      // (up to 5 ms) whenever something had changed since the frame; read before the frame's layout,
      // they made the frame that shows a new passage lay the page out before its other callbacks. A
      // change asked for after that reading (the arrows to places off the view, drawn anew) has its
      // boxes read again.
      interface Placement {
        cancel: () => void;
        covered?: readonly Box[] | undefined;
        stale: boolean;
      }
      let pending: Placement | null = null;
      function redrawAfterPaint() {
        if (pending) {
          pending.stale ||= pending.covered !== undefined;
          return;
        }
        const next: Placement = { cancel: () => undefined, stale: false };
        next.cancel = afterNextPaint(
          () => {
            pending = null;
            if (!moving.current && views.current === view) redraw(next.stale ? undefined : next.covered);
          },
          () => (next.covered = coveredBoxes(map, coverings)),
        );
        pending = next;
      }
      // The first placement follows the drawing of the symbols it keeps clear of, their names measured
      // and set in a task of their own before, as the basemap's names are when they arrive; in a task
      // after, the view's labels are placed three times ahead, each in a task of its own, the results
      // dropped: a function's first runs compile it, and the view's own placement then runs compiled
      // (placed once ahead, the first view with the basemap's names still took up to 10 ms in one load
      // of eight). Later placements (a selection, a move) find it all ready.
      let live = true;
      const newBasemap = basemap !== null && warmedBasemap.current !== basemap ? basemap : null;
      if (measuredAhead.current && !newBasemap) redrawAfterPaint();
      else void warmThenRedraw();
      async function warmThenRedraw() {
        await nextTurn();
        if (!live) return;
        if (!measuredAhead.current) measureAhead();
        measuredAhead.current = true;
        if (newBasemap) layer.warm(glyphSamples(newBasemap.map((name) => ({ text: name.label.name, style: name.style, size: name.style.size }))));
        warmedBasemap.current = basemap;
        await nextTurn();
        if (!live) return;
        const covered = coveredBoxes(map, coverings);
        for (let i = 0; i < 3; i += 1) {
          viewLabels(map, input, covered);
          await nextTurn();
          if (!live) return;
        }
        redrawAfterPaint();
      }
      map.on(COVERINGS_CHANGE, redrawAfterPaint);
      // The key or a panel that opens, closes or grows over the map: its names are placed again round it.
      // (Not at its first report, of the sizes they have now: this view's placement is on its way.)
      let reported = false;
      const panels = new ResizeObserver(() => (reported ? redrawAfterPaint() : (reported = true)));
      for (const element of coverings()) if (element) panels.observe(element);
      return function stopPlacing() {
        live = false;
        panels.disconnect();
        pending?.cancel();
        map.off(COVERINGS_CHANGE, redrawAfterPaint);
      };
    },
    // `view` counts the views, each placed anew.
    [map, layer, measure, coverings, symbols, focusIds, focusAreas, presenting, flows, basemap, land, view],
  );
  return null;
}
