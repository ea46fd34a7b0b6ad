/**
 * A line's tooltip, on keyboard focus, moved along the line to where it hides no place's symbol
 * (tooltip-spot.ts): Leaflet opens it over the line's middle. Public API only: `openTooltip(latlng)`.
 */
import L from 'leaflet';
import { MAP_CONTROLS } from '../coverings-context.ts';
import { rectWithin } from '../camera/framing-view.ts';
import { tooltipSpot } from '../tooltips/tooltip-spot.ts';

/**
 * Re-opens `line`'s tooltip, `above` pixels over a point of the line whose tooltip covers no symbol and
 * lies under none of the map's controls and `coverings` (the panels over the map).
 */
export function openLineTooltipClear(map: L.Map, line: L.Polyline, above: number, coverings: readonly (Element | null)[]): void {
  const tooltip = line.getTooltip();
  const element = tooltip?.getElement();
  if (!tooltip || !element || !map.hasLayer(tooltip)) return;
  const given = line.getLatLngs();
  const latLngs = (L.LineUtil.isFlat(given as L.LatLng[]) ? given : (given as L.LatLng[][]).flat()) as L.LatLng[];
  const container = map.getContainer();
  const icons = map.getPane('markerPane')?.querySelectorAll('.leaflet-marker-icon') ?? [];
  const symbols = [...icons, ...container.querySelectorAll(MAP_CONTROLS), ...coverings].flatMap((element) => {
    const rect = element && rectWithin(container, element);
    return rect ? [{ x0: rect.left, y0: rect.top, x1: rect.right, y1: rect.bottom }] : [];
  });
  const { width, height } = element.getBoundingClientRect();
  const size = map.getSize();
  const points = latLngs.map((latLng) => map.latLngToContainerPoint(latLng));
  const spot = latLngs[tooltipSpot(points, { width, height, above }, symbols, { x0: 0, y0: 0, x1: size.x, y1: size.y })];
  if (spot) line.openTooltip(spot);
}
