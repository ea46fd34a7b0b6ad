/**
 * The map as the framing sees it, measured from Leaflet and the page: its size, its zoom limits, and
 * the rectangles that cover it (the panels and key it is told of, and its own zoom buttons and credit).
 */
import { useCallback, useContext } from 'react';
import L from 'leaflet';
import type { Camera, FramingView } from './framing.ts';
import type { Rect } from './uncovered-areas.ts';
import { CoveringsContext } from '../coverings-context.ts';
import { CAMERA_MAX_ZOOM } from './camera-limits.ts';

/** Pixels kept between a chosen place and an edge or covering: a tenth of the map's short side, within these. */
export const FRAMING_MARGIN = { min: 16, max: 40 };

/** Pixels within which a place counts as under an edge or a covering, for the off-view arrows and re-framing. */
export const COVERED_MARGIN = 10;

/** An element's box in the container's pixels, or null if it shows nothing. */
export function rectWithin(container: HTMLElement, element: Element): Rect | null {
  if (element instanceof HTMLElement && element.hidden) return null;
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  // Focus on a marker far off scrolls the container for a moment (Leaflet scrolls it back): the
  // controls inside it move with that scroll, the panels outside do not.
  const origin = container.getBoundingClientRect();
  const [dx, dy] = container.contains(element) ? [container.scrollLeft, container.scrollTop] : [0, 0];
  const [left, top] = [origin.left - dx, origin.top - dy];
  return { left: box.left - left, top: box.top - top, right: box.right - left, bottom: box.bottom - top };
}

/**
 * The map's view for framing. `margin` defaults to the framing margin. Leaflet is first told the
 * container's size, which a panel or the sheet may just have changed.
 */
export function framingViewOf(map: L.Map, elements: readonly (HTMLElement | null)[], margin?: number): FramingView {
  map.invalidateSize({ animate: false });
  const container = map.getContainer();
  const controls = [...container.querySelectorAll('.leaflet-control')];
  const coverings = [...elements, ...controls].flatMap((element) => (element ? [rectWithin(container, element)] : [])).filter((rect) => rect !== null);
  const size = map.getSize();
  const limit = map.options.maxBounds;
  // Leaflet keeps the bounds it was given as a LatLngBounds.
  const bounds = limit instanceof L.LatLngBounds ? limit : undefined;
  return {
    size: { x: size.x, y: size.y },
    coverings,
    margin: margin ?? Math.round(Math.max(FRAMING_MARGIN.min, Math.min(FRAMING_MARGIN.max, Math.min(size.x, size.y) / 10))),
    minZoom: map.getMinZoom(),
    // The camera frames no closer than the embedded basemap can show (camera-limits.ts).
    maxZoom: Math.min(map.getMaxZoom(), CAMERA_MAX_ZOOM),
    zoomSnap: map.options.zoomSnap ?? 1,
    maxBounds: bounds && { south: bounds.getSouth(), west: bounds.getWest(), north: bounds.getNorth(), east: bounds.getEast() },
  };
}

/** The framing view of a map, with what covers it now (from the story map). */
export function useFramingView(): (map: L.Map, margin?: number) => FramingView {
  const coverings = useContext(CoveringsContext);
  return useCallback((map: L.Map, margin?: number) => framingViewOf(map, coverings(), margin), [coverings]);
}

/** Where the map's camera is now. */
export function cameraOf(map: L.Map): Camera {
  const { lat, lng } = map.getCenter();
  return { center: { lat, lng }, zoom: map.getZoom() };
}

/** Where an element inside the map (a place's symbol, maybe moved aside from its true place) is drawn, as a position. */
export function shownAt(map: L.Map, element: Element): L.LatLng | null {
  const box = rectWithin(map.getContainer(), element);
  return box && map.containerPointToLatLng([(box.left + box.right) / 2, (box.top + box.bottom) / 2]);
}
