/**
 * The flows of a very large story beyond the budget of buttons: plain lines on one canvas, which still open
 * their passage on a click.
 */
import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Position, StoryFeature } from '../../story/schema.ts';
import { toLatLng } from '../coords.ts';
import { flowStyle } from './flow-style.ts';
import { useLatest } from '../../ui/use-latest.ts';
import { mapPane, PANES } from '../panes.ts';


/** The canvas and its layer group, the lines they were drawn from, and each flow's lines on it, by id. */
interface Drawing {
  renderer: L.Renderer | null;
  group: L.LayerGroup | null;
  lines: ReadonlyMap<string, Position[][]> | null;
  byId: Map<string, L.Polyline[]>;
}

/**
 * The flows of a story of thousands that are not buttons (beyond FLOW_BUDGET, FlowLines.tsx), drawn
 * on one Leaflet canvas renderer, as a plain Leaflet page of thousands of lines would: no element
 * per line, hit testing by geometry, redrawn when a move ends. A click opens the line's passage, or
 * offers a choice where lines meet, as for the others. Without arrowheads: a canvas line has none.
 * When the flows change (a step of the first drawing, a selection that makes one a button), only
 * those that came or went are added or removed.
 */
export function DrawnFlows({ features, lines, onPick }: {
  features: readonly StoryFeature[];
  /** Each flow's lines as drawn (FlowLines' `drawnLines`). */
  lines: ReadonlyMap<string, Position[][]>;
  onPick: (id: string, event: L.LeafletMouseEvent) => void;
}) {
  const map = useMap();
  const [drawing] = useState<Drawing>(() => ({ renderer: null, group: null, lines: null, byId: new Map() }));
  const pick = useLatest(onPick);

  useEffect(
    function makeTheCanvas() {
      mapPane(map, PANES.drawnFlows);
      // Leaflet's default margin beyond the view: a wider canvas costs every redraw, and the first.
      const renderer = L.canvas({ padding: 0.1, pane: PANES.drawnFlows.name });
      const group = L.layerGroup().addTo(map);
      drawing.renderer = renderer;
      drawing.group = group;
      return function removeTheCanvas() {
        group.remove();
        renderer.remove();
        drawing.renderer = null;
        drawing.group = null;
        drawing.byId.clear();
        drawing.lines = null;
      };
    },
    [map, drawing],
  );

  useEffect(
    function drawWhatChanged() {
      const { group, renderer } = drawing;
      if (!group || !renderer) return;
      const remove = (id: string) => {
        drawing.byId.get(id)?.forEach((line) => group.removeLayer(line));
        drawing.byId.delete(id);
      };
      // New lines for every flow: all redrawn.
      if (drawing.lines !== lines) [...drawing.byId.keys()].forEach(remove);
      drawing.lines = lines;
      const wanted = new Set(features.map((feature) => feature.id));
      [...drawing.byId.keys()].filter((id) => !wanted.has(id)).forEach(remove);
      for (const feature of features) {
        if (drawing.byId.has(feature.id)) continue;
        const style = flowStyle(feature.properties);
        const drawn = (lines.get(feature.id) ?? []).map((line) =>
          L.polyline(line.map(toLatLng), { ...style, renderer, bubblingMouseEvents: false })
            .on('click', (event) => pick.current(feature.id, event))
            .addTo(group),
        );
        drawing.byId.set(feature.id, drawn);
      }
    },
    [features, lines, drawing, pick],
  );
  return null;
}
