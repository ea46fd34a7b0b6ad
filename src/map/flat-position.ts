import type L from 'leaflet';

/** What of a marker's internals `placeFlat` replaces: Leaflet's own way to set its position. */
interface PositionedMarker {
  _setPos(this: L.Marker, pos: L.Point): void;
  update(this: L.Marker): void;
}

/**
 * Leaflet places each marker with a 3D `translate3d` transform, which makes every marker a layer of
 * its own that the browser must rebuild on each frame of a pan: with thousands of places, a frame
 * took 80–100 ms (`npm run bench`, scale run). This places the marker with `left` and `top` instead,
 * so the markers are painted into the pane's one layer and a pan only moves that layer.
 * Leaflet keeps its own bookkeeping (the stored position, the z-index); only the style differs.
 */
export function placeFlat(marker: L.Marker): void {
  const internals = marker as unknown as PositionedMarker;
  const setPos = internals._setPos;
  internals._setPos = function setFlatPos(pos) {
    setPos.call(this, pos);
    const icon = this.getElement();
    if (!icon) return;
    icon.style.transform = '';
    icon.style.left = `${pos.x}px`;
    icon.style.top = `${pos.y}px`;
  };
  internals.update.call(marker);
}

/** react-leaflet event handlers that place a marker flat once it is on the map. */
export const PLACE_FLAT_ON_ADD: L.LeafletEventHandlerFnMap = {
  add: (event) => placeFlat(event.target as L.Marker),
};
