/**
 * A feature's tooltip, set above it, turned to where the map has room for it when it opens: the first
 * side, of above, below, right and left, where it is whole and clear of the map's controls and of
 * what covers the map (the key, the passage panel): below at the map's top, to the right at its left
 * edge and under the key; else the side where least of it is cut. Keyboard focus
 * brings a place just inside the map (the camera moves it no further than it must), and a tooltip
 * set above a place at the edge was cut off there. Public API only: the tooltip's options and `update`.
 */
import L from 'leaflet';
import { MAP_CONTROLS } from '../coverings-context.ts';

type Side = 'top' | 'bottom' | 'left' | 'right';

/** The sides a tooltip may stand on, in the order they are tried: above first, as everywhere. */
const SIDES: readonly Side[] = ['top', 'bottom', 'right', 'left'];

/** Pixels kept between a tooltip slid sideways and the map's edge. */
const EDGE_GAP = 4;
/** Pixels kept between a tooltip's tip and its own side edge. */
const TIP_ROOM = 12;

/** Where a tooltip goes, `above` pixels off its feature. */
function placed(direction: Side, above: number): { direction: L.Direction; offset: L.Point } {
  const offsets = { top: [0, -above], bottom: [0, above], left: [-above, 0], right: [above, 0] } as const;
  const [x, y] = offsets[direction];
  return { direction, offset: L.point(x, y) };
}

/**
 * Keeps `tooltip` inside `map`, clear of `coverings`, each time it opens. Returns the undoing.
 */
export function keepTooltipInMap(map: L.Map, tooltip: L.Tooltip, above: number, coverings: () => readonly (HTMLElement | null)[] = () => []): () => void {
  function turn(direction: Side) {
    Object.assign(tooltip.options, placed(direction, above));
    tooltip.update();
    const element = tooltip.getElement();
    if (!element) return;
    // Above or below a place near the map's side edge (a group's list, 200 px wide, over Brussels at
    // 1024x768), slid sideways until whole, its tip still over the place.
    let shift = 0;
    if (direction === 'top' || direction === 'bottom') {
      const [box, inside] = [element.getBoundingClientRect(), map.getContainer().getBoundingClientRect()];
      const room = Math.max(0, box.width / 2 - TIP_ROOM);
      shift = Math.max(-room, Math.min(room, Math.max(0, inside.left + EDGE_GAP - box.left) - Math.max(0, box.right - inside.right + EDGE_GAP)));
    }
    if (shift !== 0) {
      tooltip.options.offset = L.point(shift, tooltip.options.offset ? L.point(tooltip.options.offset).y : 0);
      tooltip.update();
    }
    element.style.setProperty('--tip-shift', `${Math.round(shift)}px`);
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
    const over = [...map.getContainer().querySelectorAll(MAP_CONTROLS), ...coverings().filter((c): c is HTMLElement => c !== null && !c.hidden)];
    const controls = over.map((element) => element.getBoundingClientRect()).filter((box) => box.width > 0 && box.height > 0);
    let best: { direction: Side; cut: number } | undefined;
    for (const direction of SIDES) {
      turn(direction);
      const now = cut(element, controls);
      if (now === 0) return;
      if (!best || now < best.cut) best = { direction, cut: now };
    }
    if (best) turn(best.direction);
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
