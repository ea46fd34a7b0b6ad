import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';

/** Leaflet's keyboard handler, as far as it is used here. */
type KeyboardHandler = { _onMouseDown: () => void };

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
      const keyboard = map.keyboard as unknown as KeyboardHandler | undefined;
      if (!keyboard || !map.keyboard.enabled()) return undefined;
      const container = map.getContainer();
      const onMouseDown = (event: MouseEvent) => {
        if (!(event.target instanceof Element && event.target.closest('[data-feature-id]'))) keyboard._onMouseDown();
      };
      L.DomEvent.off(container, 'mousedown', keyboard._onMouseDown, keyboard);
      container.addEventListener('mousedown', onMouseDown);
      return function restore() {
        container.removeEventListener('mousedown', onMouseDown);
        L.DomEvent.on(container, 'mousedown', keyboard._onMouseDown, keyboard);
      };
    },
    [map],
  );
  return null;
}
