/**
 * Stops Leaflet focusing the map container on a press on a feature, which cost a forced layout in every
 * click.
 */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { keyboardPress } from './leaflet/privates.ts';

/**
 * Leaflet's keyboard handler focuses the map on every press of the mouse on it, reading the page's
 * scroll first (a forced layout). On a feature, which the press focuses itself and whose click moves
 * focus to its passage straight after, that is work in the click's time for nothing: this skips it
 * there, and keeps it elsewhere on the map (a press on the map lets the arrow keys pan it).
 */
export function MapFocusOffFeatures() {
  const map = useMap();
  useEffect(
    function skipMapFocusOnFeatures() {
      const keyboard = keyboardPress(map);
      if (!keyboard || !map.keyboard.enabled()) return undefined;
      const { handler, press } = keyboard;
      const container = map.getContainer();
      const onMouseDown = (event: MouseEvent) => {
        if (!(event.target instanceof Element && event.target.closest('[data-feature-id]'))) press.call(handler);
      };
      L.DomEvent.off(container, 'mousedown', press, handler);
      container.addEventListener('mousedown', onMouseDown);
      return function restore() {
        container.removeEventListener('mousedown', onMouseDown);
        L.DomEvent.on(container, 'mousedown', press, handler);
      };
    },
    [map],
  );
  return null;
}
