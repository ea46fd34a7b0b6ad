/**
 * A feature's tooltip, set above it, turned to where the map has room for it when it opens: below
 * the feature at the map's top, to its right at the left edge, to its left at the right edge. Keyboard
 * focus brings a place just inside the map (the camera moves it no further than it must), and a tooltip
 * set above a place at the edge was cut off there. Public API only: the tooltip's options and `update`.
 */
import L from 'leaflet';

/** Where a tooltip goes, `above` pixels off its feature. */
function placed(direction: 'top' | 'bottom' | 'left' | 'right', above: number): { direction: L.Direction; offset: L.Point } {
  const offsets = { top: [0, -above], bottom: [0, above], left: [-above, 0], right: [above, 0] } as const;
  const [x, y] = offsets[direction];
  return { direction, offset: L.point(x, y) };
}

/**
 * Keeps `tooltip` inside `map` each time it opens. Returns the undoing.
 */
export function keepTooltipInMap(map: L.Map, tooltip: L.Tooltip, above: number): () => void {
  function turn(direction: 'top' | 'bottom' | 'left' | 'right') {
    Object.assign(tooltip.options, placed(direction, above));
    tooltip.update();
  }
  function fit() {
    const element = tooltip.getElement();
    if (!element) return;
    if (tooltip.options.direction !== 'top') turn('top');
    const [box, inside] = [element.getBoundingClientRect(), map.getContainer().getBoundingClientRect()];
    if (box.top < inside.top) turn('bottom');
    else if (box.left < inside.left) turn('right');
    else if (box.right > inside.right) turn('left');
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
