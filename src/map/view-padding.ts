/**
 * The part of the map a reader can really see: not under the map's controls at the edges, nor under
 * the passage panel. The camera and keyboard focus keep features inside it.
 */
import { createContext, useContext } from 'react';
import L from 'leaflet';

/** Pixels kept clear along each edge, for the zoom buttons, the key and the attribution. */
export const EDGE_PADDING = 64;

/** Padding to pass to `panInside` and `fitBounds`. */
export interface ViewPadding {
  paddingTopLeft: L.Point;
  paddingBottomRight: L.Point;
}

/** How much of the map an element covers from the right (a side panel) or the bottom (a sheet). */
export function coveredBy(map: L.Map, element: HTMLElement | null): L.Point {
  if (!element || element.hidden) return L.point(0, 0);
  const mapBox = map.getContainer().getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return L.point(0, 0);
  const fromRight = box.left > mapBox.left + mapBox.width / 3 ? Math.max(0, mapBox.right - box.left) : 0;
  const fromBottom = fromRight === 0 && box.top > mapBox.top + mapBox.height / 3 ? Math.max(0, mapBox.bottom - box.top) : 0;
  return L.point(fromRight, fromBottom);
}

/** The padding that keeps a feature clear of the edges and of whatever covers the map. */
export function viewPadding(map: L.Map, covering: HTMLElement | null): ViewPadding {
  return {
    paddingTopLeft: L.point(EDGE_PADDING, EDGE_PADDING),
    paddingBottomRight: coveredBy(map, covering).add([EDGE_PADDING, EDGE_PADDING]),
  };
}

/** Whether the container points of `bounds` all lie inside the padded view. */
export function insidePaddedView(map: L.Map, bounds: L.LatLngBounds, padding: ViewPadding): boolean {
  const size = map.getSize();
  const visible = L.bounds(
    [padding.paddingTopLeft.x, padding.paddingTopLeft.y],
    [size.x - padding.paddingBottomRight.x, size.y - padding.paddingBottomRight.y],
  );
  return [bounds.getNorthWest(), bounds.getSouthEast()].every((corner) => visible.contains(map.latLngToContainerPoint(corner)));
}

/** Gives the current padding; provided by the story map, which knows what covers it. */
export const ViewPaddingContext = createContext<(map: L.Map) => ViewPadding>((map) => viewPadding(map, null));

export function useViewPadding(): (map: L.Map) => ViewPadding {
  return useContext(ViewPaddingContext);
}
