import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { toLatLng } from './coords.ts';
import { insidePaddedView, useViewPadding } from './view-padding.ts';

/** The bounds of a feature's geometry, in Leaflet terms. */
export function featureBounds(feature: StoryFeature): L.LatLngBounds {
  const { geometry } = feature;
  const positions =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return L.latLngBounds(positions.map(toLatLng));
}

/**
 * When a feature is selected, moves the camera only as far as needed for it to be seen beside the
 * passage panel: a pan for a place, a fit for a flow. No animation when reduced motion is asked for.
 */
export function CameraOnSelect({ feature, reducedMotion }: { feature: StoryFeature | undefined; reducedMotion: boolean }) {
  const map = useMap();
  const paddingFor = useViewPadding();
  useEffect(
    function bringSelectionIntoView() {
      if (!feature) return;
      const padding = paddingFor(map);
      const bounds = featureBounds(feature);
      const animate = !reducedMotion;
      if (feature.geometry.type === 'Point') {
        map.panInside(bounds.getCenter(), { ...padding, animate });
      } else if (!insidePaddedView(map, bounds, padding)) {
        map.fitBounds(bounds, { ...padding, animate, maxZoom: Math.max(map.getZoom(), 4) });
      }
    },
    [map, feature, paddingFor, reducedMotion],
  );
  return null;
}
