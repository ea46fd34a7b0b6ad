/**
 * How large the place symbols are drawn at a zoom. At an overview of the whole story (Manchester to
 * Tehran on a laptop) they are small marks, as on a newspaper's locator map, so that neighbouring
 * cities (Beirut and Damascus, Jerusalem and the Sinai) each keep a symbol of their own; from a
 * regional view on they are drawn full size. Every place is also reachable from the Places list and
 * by Tab, so a small mark is never the only way to it.
 */

/** The zooms between which symbols grow from their least scale to full size. */
export const SYMBOL_SCALE = { overviewZoom: 4.5, fullZoom: 6, least: 0.5 };

/** The scale of the symbols at `zoom`: `least` at an overview, 1 from a regional view on. */
export function symbolScale(zoom: number): number {
  const { overviewZoom, fullZoom, least } = SYMBOL_SCALE;
  const t = Math.min(1, Math.max(0, (zoom - overviewZoom) / (fullZoom - overviewZoom)));
  return least + (1 - least) * t;
}

/** The least size of a symbol's target, in pixels (WCAG 2.5.8): a smaller mark is drawn inside it. */
export const LEAST_TARGET = 24;

/** The size of the button a symbol of `size` pixels is drawn in. */
export function targetSize(size: number): number {
  return Math.max(LEAST_TARGET, size);
}

/**
 * The size a place weighs in the grouping at `zoom`: its target. The story's cities shrink to marks at
 * an overview; a place with no city (a generated story at scale) keeps its full size.
 */
export function groupingSize(size: number, hasCity: boolean, zoom: number): number {
  return targetSize(Math.round(size * (hasCity ? symbolScale(zoom) : 1)));
}
