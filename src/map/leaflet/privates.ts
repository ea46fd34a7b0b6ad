/**
 * Every private member of Leaflet 1.9 that the map uses outside its canvas renderer
 * (countries-canvas.ts), each behind a function named for what it does, where Leaflet has no public
 * way: Leaflet is pinned in package.json, and privates.test.ts fails if the installed Leaflet no
 * longer has one of `LEAFLET_PRIVATES`.
 */
import type L from 'leaflet';

/** The private members used, here and in countries-canvas.ts. */
export const LEAFLET_PRIVATES = ['_source', '_openTooltip', '_onMouseDown', '_setPos', '_animatingZoom', '_draw', '_redraw', '_ctx', '_bounds', '_map'] as const;

/** Whether the map is in the middle of a zoom animation (Leaflet's `_animatingZoom`). */
export function isAnimatingZoom(map: L.Map): boolean {
  return (map as unknown as { _animatingZoom?: boolean })._animatingZoom === true;
}

/** The layer a bound tooltip belongs to (Leaflet's `_source`). */
export function tooltipSource<T extends L.Layer>(tooltip: L.Tooltip): T | undefined {
  return (tooltip as unknown as { _source?: T })._source;
}

/** The handler with which a layer opens its own tooltip on hover and click (Leaflet's `_openTooltip`). */
export function tooltipOpener(layer: L.Layer): L.LeafletEventHandlerFn {
  return (layer as unknown as { _openTooltip: L.LeafletEventHandlerFn })._openTooltip;
}

/** The keyboard handler's press on the map, which focuses the map (Leaflet's `Keyboard._onMouseDown`). */
export function keyboardPress(map: L.Map): { handler: object; press: () => void } | undefined {
  const handler = map.keyboard as unknown as { _onMouseDown?: () => void } | undefined;
  return handler?._onMouseDown ? { handler, press: handler._onMouseDown } : undefined;
}

/** Replaces how a marker sets its icon's position (Leaflet's `Marker._setPos`), keeping Leaflet's own first. */
export function afterSetPos(marker: L.Marker, then: (marker: L.Marker, pos: L.Point) => void): void {
  const internals = marker as unknown as { _setPos: (this: L.Marker, pos: L.Point) => void };
  const setPos = internals._setPos;
  internals._setPos = function setPosThen(pos) {
    setPos.call(this, pos);
    then(this, pos);
  };
}
