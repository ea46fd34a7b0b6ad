/**
 * Works out which flow a click or a tap on the map meant: it opens that one, or offers a choice when several
 * lines are hit.
 */
import { useCallback, useEffect, useState } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Position } from '../../story/schema.ts';
import { toLatLng } from '../coords.ts';
import { lineHitWidth } from './FeaturePath.tsx';
import { linesHit, linesMeant, type ScreenPoint } from './line-hits.ts';

/** Half the width of a drawn line's stroke, with a pixel to spare: a click this near a line is on it. */
const STROKE_REACH = 3;

/** A choice offered where a click hit several lines: where, and the ids of the lines, nearest first. */
export interface LineChoice {
  at: ScreenPoint;
  ids: string[];
}

/**
 * Picking a line by click or tap. A click on a line's drawn stroke, or on one line's band alone,
 * opens it; one that lands where several bands overlap off any single stroke (lines that cross, or
 * meet at a shared end) offers a choice of them all, so that no line is hidden under another. `drawn` holds each shown flow's lines as drawn.
 * The choice closes when the map moves or the lines change.
 */
export function useLinePick(drawn: ReadonlyMap<string, Position[][]>, onActivate: (id: string) => void) {
  const map = useMap();
  const [choice, setChoice] = useState<LineChoice | null>(null);
  const close = useCallback(() => setChoice(null), []);

  const pick = useCallback(
    (id: string, event: L.LeafletMouseEvent) => {
      const at: ScreenPoint = [event.containerPoint.x, event.containerPoint.y];
      const onScreen = [...drawn].map(([lineId, lines]) => ({
        id: lineId,
        lines: lines.map((line) => line.map((position): ScreenPoint => {
          const point = map.latLngToContainerPoint(toLatLng(position));
          return [point.x, point.y];
        })),
      }));
      const meant = linesMeant(linesHit(at, onScreen, lineHitWidth() / 2), STROKE_REACH);
      // The band clicked is among the lines hit, but for a pixel of rounding; a stroke clicked wins.
      const ids = meant.length === 0 ? [id] : meant.length > 1 && !meant.includes(id) ? [id, ...meant] : meant;
      const [only] = ids;
      if (ids.length === 1 && only) {
        onActivate(only);
        return;
      }
      setChoice({ at, ids });
    },
    [drawn, map, onActivate],
  );

  useEffect(
    function closeWhenTheMapMoves() {
      if (!choice) return undefined;
      map.on('movestart zoomstart', close);
      return function stopWatching() {
        map.off('movestart zoomstart', close);
      };
    },
    [map, choice, close],
  );
  useEffect(
    function closeWhenTheLinesChange() {
      setChoice(null);
    },
    [drawn],
  );

  return { choice, pick, close };
}
