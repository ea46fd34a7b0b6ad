/**
 * Which of the map's symbols are buttons and which are only drawn. A story of a hundred places makes
 * every symbol a button (reachable with Tab, named for screen readers). A story of thousands cannot
 * make thousands of buttons without making the map slow to draw and to zoom: then the symbols in
 * view get buttons, up to a budget, the selection's and the groups' first; the rest of those near the
 * view are drawn on one canvas, clicked by hit testing, and reached from the keyboard by zooming in
 * (fewer symbols per view) or through the places list. Pure: positions are given in pixels.
 */

/** A symbol where it is drawn, in pixels of the map's view (or its layer: any frame the view shares). */
export interface SymbolAt<T> {
  symbol: T;
  x: number;
  y: number;
  /** Holds the selection, or a place shown with it: a button first. */
  focus: boolean;
  /** A group of places: a button before single places (it stands for many). */
  group: boolean;
}

/** A rectangle of the map, in the same pixels as the symbols. */
export interface ViewRect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How the symbols are shared out. */
export interface SymbolShare<T> {
  /** Drawn as buttons. */
  buttons: T[];
  /** Drawn on the canvas: near the view, beyond the budget or just outside the view. */
  drawn: T[];
  /** Of those drawn, the ones in the view: what the keyboard cannot reach on the map. */
  unreached: T[];
}

/** Options of `shareSymbols`. */
export interface ShareOptions {
  /** The most buttons; when the symbols number no more than this, all are buttons. */
  budget: number;
  /** Symbols within this rectangle (the view) may be buttons. */
  view: ViewRect;
  /** Symbols within this larger rectangle (the view and a margin) are drawn; farther ones wait for a move. */
  near: ViewRect;
}

/** Defaults: a budget that a slow phone draws in a few frames, as a story of this kind's own places. */
export const SYMBOL_BUDGET = 250;

function within(rect: ViewRect, x: number, y: number): boolean {
  return x >= rect.x0 && x <= rect.x1 && y >= rect.y0 && y <= rect.y1;
}

/** Shares `symbols` between buttons and canvas, for a view. */
export function shareSymbols<T>(symbols: readonly SymbolAt<T>[], { budget, view, near }: ShareOptions): SymbolShare<T> {
  if (symbols.length <= budget) return { buttons: symbols.map((s) => s.symbol), drawn: [], unreached: [] };
  const rank = (s: SymbolAt<T>) => (s.focus ? 0 : s.group ? 1 : 2);
  const inView = symbols.filter((s) => within(view, s.x, s.y));
  const chosen = new Set(
    inView
      .map((s, order) => ({ s, order }))
      .sort((a, b) => rank(a.s) - rank(b.s) || a.order - b.order)
      .slice(0, budget)
      .map(({ s }) => s),
  );
  // The selection is a button wherever it is: focus goes back to it when its passage closes.
  for (const s of symbols) if (s.focus) chosen.add(s);
  const buttons: T[] = [];
  const drawn: T[] = [];
  for (const s of symbols) {
    if (chosen.has(s)) buttons.push(s.symbol);
    else if (within(near, s.x, s.y)) drawn.push(s.symbol);
  }
  return { buttons, drawn, unreached: inView.filter((s) => !chosen.has(s)).map((s) => s.symbol) };
}
