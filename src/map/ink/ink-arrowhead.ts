/**
 * The ink arrow's head: an SVG marker on the line's end, in units of the line's width, so that it is
 * always several times wider than the line (the flows' heads, `arrowheads.ts`, are a fixed 20 px:
 * under a 6 px pen they all but vanish). White-edged, so it reads on land and sea alike.
 */
import type L from 'leaflet';
import { ensureSvgMarker } from '../flows/arrowheads.ts';

const MARKER_ID = 'ink-arrowhead';

function ensureMarker(svg: SVGSVGElement, color: string): void {
  // 4.5 line widths long; the line ends a third of the way into the head, hiding its round cap.
  ensureSvgMarker(
    svg,
    MARKER_ID,
    { viewBox: '0 0 12 12', markerWidth: '4.5', markerHeight: '4.5', refX: '4', refY: '6', orient: 'auto', markerUnits: 'strokeWidth' },
    { points: '0.5,0.8 11.5,6 0.5,11.2 2.5,6', fill: color, stroke: '#ffffff', 'stroke-width': '0.6', 'stroke-linejoin': 'round' },
  );
}

/** Gives an ink arrow drawn by Leaflet's SVG renderer its head. */
export function addInkArrowhead(line: L.Path, color: string): void {
  const path = line.getElement();
  if (!(path instanceof SVGPathElement) || !path.ownerSVGElement) return;
  ensureMarker(path.ownerSVGElement, color);
  path.setAttribute('marker-end', `url(#${MARKER_ID})`);
}
