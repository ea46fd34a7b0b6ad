import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Position, StoryFeature } from '../story/schema.ts';
import { toLatLng } from './coords.ts';
import { flowStyle } from './flow-style.ts';

const DRAWN_FLOWS_PANE = 'drawn-flows';

/**
 * The flows of a story of thousands that are not buttons (beyond FLOW_BUDGET, FlowLines.tsx), drawn
 * on one Leaflet canvas renderer, as a plain Leaflet page of thousands of lines would: no element
 * per line, hit testing by geometry, redrawn when a move ends. A click opens the line's passage, or
 * offers a choice where lines meet, as for the others. Without arrowheads: a canvas line has none.
 */
export function DrawnFlows({ features, lines, onPick }: {
  features: readonly StoryFeature[];
  /** Each flow's lines as drawn (FlowLines' `drawnLines`). */
  lines: ReadonlyMap<string, Position[][]>;
  onPick: (id: string, event: L.LeafletMouseEvent) => void;
}) {
  const map = useMap();
  useEffect(
    function drawFlowsOnCanvas() {
      // Under the lines that are buttons (the overlay pane, 400), so that it never takes their clicks.
      const pane = map.getPane(DRAWN_FLOWS_PANE) ?? map.createPane(DRAWN_FLOWS_PANE);
      pane.style.zIndex = '390';
      const renderer = L.canvas({ padding: 0.5, pane: DRAWN_FLOWS_PANE });
      const group = L.layerGroup();
      for (const feature of features) {
        const style = flowStyle(feature.properties);
        for (const line of lines.get(feature.id) ?? []) {
          L.polyline(line.map(toLatLng), { ...style, renderer, bubblingMouseEvents: false })
            .on('click', (event) => onPick(feature.id, event))
            .addTo(group);
        }
      }
      group.addTo(map);
      return function removeDrawnFlows() {
        group.remove();
        renderer.remove();
      };
    },
    [map, features, lines, onPick],
  );
  return null;
}
