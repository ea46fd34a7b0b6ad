import { useEffect, type RefObject } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { toLatLng } from './coords.ts';

/** Free pixels kept around a feature brought into view. */
const MARGIN = 32;

/** How much of the map an element (the passage panel) covers on the right and at the bottom. */
function coveredBy(map: L.Map, element: HTMLElement | null): L.Point {
  if (!element) return L.point(0, 0);
  const mapBox = map.getContainer().getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const fromRight = box.left > mapBox.left + mapBox.width / 3 ? Math.max(0, mapBox.right - box.left) : 0;
  const fromBottom = fromRight === 0 && box.top > mapBox.top + mapBox.height / 3 ? Math.max(0, mapBox.bottom - box.top) : 0;
  return L.point(fromRight, fromBottom);
}

function featureBounds(feature: StoryFeature): L.LatLngBounds {
  const { geometry } = feature;
  const positions =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return L.latLngBounds(positions.map(toLatLng));
}

/**
 * When a feature is selected, moves the camera only as far as needed for it to be seen beside the
 * passage panel: a pan for a place, a fit for a flow. No animation when reduced motion is asked for.
 */
export function CameraOnSelect({ feature, obscuredBy, reducedMotion }: {
  feature: StoryFeature | undefined;
  obscuredBy: RefObject<HTMLElement | null>;
  reducedMotion: boolean;
}) {
  const map = useMap();
  useEffect(
    function bringSelectionIntoView() {
      if (!feature) return;
      const covered = coveredBy(map, obscuredBy.current);
      const paddingTopLeft = L.point(MARGIN, MARGIN);
      const paddingBottomRight = covered.add([MARGIN, MARGIN]);
      const bounds = featureBounds(feature);
      const animate = !reducedMotion;
      if (feature.geometry.type === 'Point') {
        map.panInside(bounds.getCenter(), { paddingTopLeft, paddingBottomRight, animate });
        return;
      }
      const size = map.getSize();
      const visible = L.bounds(
        [paddingTopLeft.x, paddingTopLeft.y],
        [size.x - paddingBottomRight.x, size.y - paddingBottomRight.y],
      );
      const corners = [bounds.getNorthWest(), bounds.getSouthEast()].map((corner) => map.latLngToContainerPoint(corner));
      if (!corners.every((corner) => visible.contains(corner))) {
        map.fitBounds(bounds, { paddingTopLeft, paddingBottomRight, animate, maxZoom: Math.max(map.getZoom(), 4) });
      }
    },
    [map, feature, obscuredBy, reducedMotion],
  );
  return null;
}
