/**
 * Positions each place's marker with `left` and `top` rather than Leaflet's 3D transform, so that the map
 * pans quickly with thousands of places.
 */
import type L from 'leaflet';
import { afterSetPos } from '../leaflet/privates.ts';

/**
 * Leaflet places each marker with a 3D `translate3d` transform, which makes every marker a layer of
 * its own that the browser must rebuild on each frame of a pan: with thousands of places, a frame
 * took 80–100 ms (`npm run bench`, scale run). This places the marker with `left` and `top` instead,
 * so the markers are painted into the pane's one layer and a pan only moves that layer.
 * Leaflet keeps its own bookkeeping (the stored position, the z-index); only the style differs.
 */
export function placeFlat(marker: L.Marker): void {
  afterSetPos(marker, function setFlat(placed, pos) {
    const icon = placed.getElement();
    if (!icon) return;
    icon.style.transform = '';
    icon.style.left = `${pos.x}px`;
    icon.style.top = `${pos.y}px`;
  });
  // Placed again now (Leaflet's public way to have a marker set its position: setLatLng calls `_setPos`).
  marker.setLatLng(marker.getLatLng());
}

/** react-leaflet event handlers that place a marker flat once it is on the map. */
export const PLACE_FLAT_ON_ADD: L.LeafletEventHandlerFnMap = {
  add: (event) => placeFlat(event.target as L.Marker),
};
