/**
 * Where a line's tooltip opens on keyboard focus: Leaflet opens it over the line's middle, where it
 * may hide a place's symbol (the Libya–Manchester line's covered Nice). Of the points along the line,
 * the one nearest its middle whose tooltip, set above it, covers no symbol and stays in view. Pure.
 */
import { contains, overlaps, type Box } from '../../labels/label-box.ts';

/** The tooltip's size, and how far above its point it stands (its `offset`). */
export interface TooltipShape {
  width: number;
  height: number;
  above: number;
}

/** The box of a tooltip set above (x, y), centred on it, as Leaflet's `direction: 'top'` sets it. */
export function tooltipBox({ x, y }: { x: number; y: number }, { width, height, above }: TooltipShape): Box {
  return { x0: x - width / 2, y0: y - above - height, x1: x + width / 2, y1: y - above };
}

/**
 * The index of the point of `points` (along the line, in the view's pixels) to open the tooltip at:
 * the nearest to the middle whose tooltip box is inside `view` and clear of `symbols` (6 px kept);
 * else the middle one, where Leaflet would open it.
 */
export function tooltipSpot(points: readonly { x: number; y: number }[], shape: TooltipShape, symbols: readonly Box[], view: Box): number {
  const middle = Math.floor((points.length - 1) / 2);
  const byNearness = points.map((_, i) => i).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
  const clear = byNearness.find((i) => {
    const box = tooltipBox(points[i] ?? { x: 0, y: 0 }, shape);
    const inView = contains(view, box);
    return inView && !symbols.some((symbol) => overlaps(box, symbol, 6));
  });
  return clear ?? middle;
}
