/**
 * Shared by the label and symbol canvases (label-canvas.ts, symbol-canvas.ts) to make their canvas element.
 */
import L from 'leaflet';
import { mapPane, type PaneSpec } from '../panes.ts';

/**
 * A canvas for drawing, not for input, in a map pane of its own (panes.ts): hidden from the
 * accessibility tree, and letting the pointer through to what lies below.
 */
export function paneCanvas(map: L.Map, pane: PaneSpec, className: string): HTMLCanvasElement {
  const element = mapPane(map, pane);
  const canvas = L.DomUtil.create('canvas', className, element);
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}
