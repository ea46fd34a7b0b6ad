import L from 'leaflet';

/**
 * A canvas for drawing, not for input, in a map pane of its own (made if missing) at `zIndex`: hidden
 * from the accessibility tree, and letting the pointer through to what lies below.
 */
export function paneCanvas(map: L.Map, pane: string, zIndex: string, className: string): HTMLCanvasElement {
  const element = map.getPane(pane) ?? map.createPane(pane);
  element.style.zIndex = zIndex;
  element.style.pointerEvents = 'none';
  const canvas = L.DomUtil.create('canvas', className, element);
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}
