/**
 * The part of the map a reader can really see: not under the map's controls at the edges, nor under
 * the passage panel. The camera and keyboard focus keep features inside it.
 */
import { createContext, useCallback, useContext } from 'react';
import L from 'leaflet';

/** Pixels kept clear along each edge, for the zoom buttons, the key and the attribution. */
export const EDGE_PADDING = 64;

/** Padding to pass to `panInside` and `fitBounds`. */
export interface ViewPadding {
  paddingTopLeft: L.Point;
  paddingBottomRight: L.Point;
}

/** Pixels an element must be within of a map edge to count as covering the map from that edge. */
const EDGE_SLACK = 24;

/**
 * How much of the map an element covers, as padding on one side: the side whose padding hides the
 * least of the map. A side panel covers from the right, a sheet from the bottom, the key from the top
 * or the left.
 */
export function coveredBy(map: L.Map, element: HTMLElement | null): { topLeft: L.Point; bottomRight: L.Point } {
  const none = { topLeft: L.point(0, 0), bottomRight: L.point(0, 0) };
  if (!element || element.hidden) return none;
  const mapBox = map.getContainer().getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return none;
  const sides = [
    { near: box.left - mapBox.left < EDGE_SLACK, depth: box.right - mapBox.left, lost: (box.right - mapBox.left) * mapBox.height, pad: (d: number) => ({ ...none, topLeft: L.point(d, 0) }) },
    { near: box.top - mapBox.top < EDGE_SLACK, depth: box.bottom - mapBox.top, lost: (box.bottom - mapBox.top) * mapBox.width, pad: (d: number) => ({ ...none, topLeft: L.point(0, d) }) },
    { near: mapBox.right - box.right < EDGE_SLACK, depth: mapBox.right - box.left, lost: (mapBox.right - box.left) * mapBox.height, pad: (d: number) => ({ ...none, bottomRight: L.point(d, 0) }) },
    { near: mapBox.bottom - box.bottom < EDGE_SLACK, depth: mapBox.bottom - box.top, lost: (mapBox.bottom - box.top) * mapBox.width, pad: (d: number) => ({ ...none, bottomRight: L.point(0, d) }) },
  ].filter((side) => side.near && side.depth > 0);
  const best = sides.sort((a, b) => a.lost - b.lost)[0];
  return best ? best.pad(Math.max(0, best.depth)) : none;
}

/** The padding that keeps a feature clear of the edges and of whatever covers the map. */
export function viewPadding(map: L.Map, coverings: readonly (HTMLElement | null)[]): ViewPadding {
  let topLeft = L.point(EDGE_PADDING, EDGE_PADDING);
  let bottomRight = L.point(EDGE_PADDING, EDGE_PADDING);
  for (const element of coverings) {
    const covered = coveredBy(map, element);
    topLeft = L.point(Math.max(topLeft.x, covered.topLeft.x + EDGE_PADDING / 2), Math.max(topLeft.y, covered.topLeft.y + EDGE_PADDING / 2));
    bottomRight = L.point(
      Math.max(bottomRight.x, covered.bottomRight.x + EDGE_PADDING / 2),
      Math.max(bottomRight.y, covered.bottomRight.y + EDGE_PADDING / 2),
    );
  }
  return { paddingTopLeft: topLeft, paddingBottomRight: bottomRight };
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

/** What lies over the map (the passage or tour panel, the key); provided by the story map, which is told. */
export const CoveringsContext = createContext<() => readonly (HTMLElement | null)[]>(() => []);

/** The current padding: keeps a feature clear of the edges and of what covers the map. */
export function useViewPadding(): (map: L.Map) => ViewPadding {
  const coverings = useContext(CoveringsContext);
  return useCallback((map: L.Map) => viewPadding(map, coverings()), [coverings]);
}
