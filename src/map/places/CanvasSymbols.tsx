/**
 * The places of a crowded view drawn on a canvas rather than as buttons, with the clicks and name tooltips
 * they still answer.
 */
import { useEffect, useState } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { openGroup } from './open-group.ts';
import { useCamera } from '../camera/use-camera.ts';
import { SymbolCanvas } from './symbol-canvas.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';

/** Where a click may land on a drawn symbol: the map itself, its canvases and its lines, not its controls or buttons. */
const UNDER_SYMBOLS = '.leaflet-container, .leaflet-pane > canvas, .leaflet-overlay-pane *';

/** Leaflet's map dragging, which knows whether the pointer moved the map (then a click is no click). */
type DragHandler = L.Handler & { moved(): boolean };

/**
 * The symbols of a dense view that are not buttons, drawn on one canvas (symbol-canvas.ts). A click on
 * one opens its passage, or zooms into its group; the pointer shows a hand and the place's name over
 * one. The click is taken before the map's lines see it: a symbol lies above them.
 */
export function CanvasSymbols({ symbols, onActivate, reducedMotion }: { symbols: readonly DrawnSymbol[]; onActivate: (id: string) => void; reducedMotion: boolean }) {
  const map = useMap();
  const camera = useCamera();
  const [layer] = useState(() => new SymbolCanvas());

  useEffect(
    function addSymbolCanvas() {
      layer.addTo(map);
      return function removeSymbolCanvas() {
        layer.remove();
      };
    },
    [map, layer],
  );
  useEffect(
    function drawSymbols() {
      layer.setSymbols(symbols);
    },
    [layer, symbols],
  );

  useEffect(
    function hitTestSymbols() {
      const container = map.getContainer();
      // The tooltip's one element, given its text as text.
      const text = document.createElement('strong');
      const tooltip = L.tooltip({ direction: 'top', className: 'feature-tooltip', content: text, opacity: 1 });
      const symbolOf = (event: MouseEvent) =>
        event.target instanceof Element && event.target.matches(UNDER_SYMBOLS) ? layer.symbolAt(map.mouseEventToLayerPoint(event)) : null;
      function onClick(event: MouseEvent) {
        const symbol = symbolOf(event);
        const [first] = symbol?.features ?? [];
        if (!symbol || !first || (map.dragging as DragHandler | undefined)?.moved()) return;
        event.stopPropagation();
        if (symbol.features.length > 1) openGroup(camera, map, symbol, reducedMotion);
        else onActivate(first.id);
      }
      function onMove(event: MouseEvent) {
        const symbol = symbolOf(event);
        container.classList.toggle('is-over-symbol', symbol !== null);
        if (!symbol) {
          tooltip.close();
          return;
        }
        const name = symbol.features.length > 1 ? symbol.label : (symbol.features[0]?.properties.name ?? symbol.label);
        text.textContent = name;
        tooltip.options.offset = [0, -symbol.size / 2 - 6];
        tooltip.setLatLng(symbol.position);
        if (!map.hasLayer(tooltip)) tooltip.openOn(map);
      }
      container.addEventListener('click', onClick, { capture: true });
      container.addEventListener('mousemove', onMove, { passive: true });
      return function stopHitTesting() {
        container.removeEventListener('click', onClick, { capture: true });
        container.removeEventListener('mousemove', onMove);
        container.classList.remove('is-over-symbol');
        tooltip.close();
      };
    },
    [map, layer, camera, onActivate, reducedMotion],
  );
  return null;
}
