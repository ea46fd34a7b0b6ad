/**
 * Decides after each move which place symbols are buttons and which are drawn on the canvas, in a story too
 * large for all to be buttons.
 */
import { useMemo, useState } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import { shareSymbols, SYMBOL_BUDGET, type SymbolShare } from './symbol-budget.ts';
import type { DrawnSymbol } from './use-place-symbols.ts';

/** How far beyond the view, as a share of its size, symbols are still buttons (a little) and drawn (half a view). */
const MARGINS = { buttons: 0.1, drawn: 0.5 };

/**
 * The symbols shared between buttons and the canvas (symbol-budget.ts) for the map's view, worked out
 * again when a move or zoom ends, never while the map moves.
 */
export function useSharedSymbols(symbols: readonly DrawnSymbol[], focusIds: ReadonlySet<string>, budget = SYMBOL_BUDGET): SymbolShare<DrawnSymbol> {
  const map = useMap();
  const [view, setView] = useState(0);
  // The same handlers across renders, as in use-place-symbols.ts.
  useMapEvents(useMemo(() => ({ moveend: () => setView((n) => n + 1), resize: () => setView((n) => n + 1) }), []));
  return useMemo(() => {
    if (symbols.length <= budget) return { buttons: [...symbols], drawn: [], unreached: [] };
    const size = map.getSize();
    const rect = (margin: number) => ({ x0: -size.x * margin, y0: -size.y * margin, x1: size.x * (1 + margin), y1: size.y * (1 + margin) });
    const placed = symbols.map((symbol) => {
      const point = map.latLngToContainerPoint(symbol.position);
      return { symbol, x: point.x, y: point.y, focus: symbol.features.some((f) => focusIds.has(f.id)), group: symbol.features.length > 1 };
    });
    return shareSymbols(placed, { budget, view: rect(MARGINS.buttons), near: rect(MARGINS.drawn) });
    // `view` is not read: it counts the moves that ended, each a new view to share the symbols for.
  }, [map, symbols, focusIds, budget, view]);
}
