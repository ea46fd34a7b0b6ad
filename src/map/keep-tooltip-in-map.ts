/**
 * A feature's tooltip, set above it, turned to where the map has room for it when it opens: the first
 * side, of above, below, right and left, where it is whole and clear of the map's controls (below at the map's top, to the right at
 * its left edge and in the top-left corner); else the side where least of it is cut. Keyboard focus
 * brings a place just inside the map (the camera moves it no further than it must), and a tooltip
 * set above a place at the edge was cut off there. Public API only: the tooltip's options and `update`.
 */
import L from 'leaflet';
import { MAP_CONTROLS } from './coverings-context.ts';

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The sides a tooltip may stand on, in the order they are tried: above first, as everywhere. */
const SIDES: readonly Side[] = ['top', 'bottom', 'right', 'left'];

/** Where a tooltip goes, `above` pixels off its feature. */
function placed(direction: Side, above: number): { direction: L.Direction; offset: L.Point } {
  const offsets = { top: [0, -above], bottom: [0, above], left: [-above, 0], right: [above, 0] } as const;
  const [x, y] = offsets[direction];
  return { direction, offset: L.point(x, y) };
}

/**
 * Keeps `tooltip` inside `map` each time it opens. Returns the undoing.
 */
export function keepTooltipInMap(map: L.Map, tooltip: L.Tooltip, above: number): () => void {
  function turn(direction: Side) {
    Object.assign(tooltip.options, placed(direction, above));
    tooltip.update();
  }
  /** How much of the tooltip, as now placed, lies outside the map or under its controls (0: none). */
  function cut(element: HTMLElement, controls: readonly DOMRect[]): number {
    const [box, inside] = [element.getBoundingClientRect(), map.getContainer().getBoundingClientRect()];
    const over = (a: number, b: number) => Math.max(0, a - b);
    const under = (c: DOMRect) => Math.min(over(Math.min(box.right, c.right), Math.max(box.left, c.left)), over(Math.min(box.bottom, c.bottom), Math.max(box.top, c.top)));
    const outside = over(inside.top, box.top) + over(box.bottom, inside.bottom) + over(inside.left, box.left) + over(box.right, inside.right);
    return controls.reduce((sum, c) => sum + under(c), outside);
  }
  /** Above, else the first side where it is whole, else the side where least of it is cut. */
  function fit() {
    const element = tooltip.getElement();
    if (!element) return;
    const controls = [...map.getContainer().querySelectorAll(MAP_CONTROLS)].map((control) => control.getBoundingClientRect());
    let best: { direction: Side; cut: number } | undefined;
    for (const direction of SIDES) {
      if (tooltip.options.direction !== direction) turn(direction);
      const now = cut(element, controls);
      if (now === 0) return;
      if (!best || now < best.cut) best = { direction, cut: now };
    }
    if (best && tooltip.options.direction !== best.direction) turn(best.direction);
  }
  // Each opening adds the tooltip to the map, placed: its own `add`, not the map's `tooltipopen` (one
  // listener per feature on the map, each called for every tooltip). While it is open, the camera may
  // bring its feature in (keyboard focus opens the tooltip and moves the map): fitted again then.
  // Fitted in the frame after: a move under way (a keyboard focus's camera, a pan in steps) has ended.
  let frame = 0;
  function fitSoon() {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(fit);
  }
  function opened() {
    fitSoon();
    map.on('moveend', fitSoon);
  }
  function closed() {
    cancelAnimationFrame(frame);
    map.off('moveend', fitSoon);
  }
  tooltip.on('add', opened);
  tooltip.on('remove', closed);
  return function stopFitting() {
    tooltip.off('add', opened);
    tooltip.off('remove', closed);
    closed();
  };
}
