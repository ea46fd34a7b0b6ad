/** Closes every tooltip open on the map (hover's, keyboard focus's); says whether there was one. */
import type L from 'leaflet';

export function closeTooltips(map: L.Map): boolean {
  let closed = false;
  map.eachLayer((layer) => {
    const tooltip = layer.getTooltip();
    if (tooltip && map.hasLayer(tooltip)) {
      layer.closeTooltip();
      closed = true;
    }
  });
  return closed;
}
