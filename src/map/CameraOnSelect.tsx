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
 * When features are selected (one, or those a sentence speaks of), moves the camera only as far as
 * needed for them to be seen beside the passage panel: a pan for one place, a flight to fit several or
 * a flow. No animation when reduced motion is asked for.
 */
export function CameraOnSelect({ features, reducedMotion }: { features: readonly StoryFeature[]; reducedMotion: boolean }) {
  const map = useMap();
  const paddingFor = useViewPadding();
  const key = features.map((f) => f.id).join(' ');
  useEffect(
    function bringSelectionIntoView() {
      const [first] = features;
      if (!first) return;
      const padding = paddingFor(map);
      const bounds = features.reduce((all, f) => all.extend(featureBounds(f)), featureBounds(first));
      const animate = !reducedMotion;
      if (features.length === 1 && first.geometry.type === 'Point') {
        map.panInside(bounds.getCenter(), { ...padding, animate });
      } else if (!insidePaddedView(map, bounds, padding)) {
        const options = { ...padding, maxZoom: Math.max(map.getZoom(), 5) };
        if (animate) map.flyToBounds(bounds, { ...options, duration: 1 });
        else map.fitBounds(bounds, { ...options, animate: false });
      }
    },
    // `key` stands for the features: the camera moves when the selection changes, not on every render.
    [map, key, paddingFor, reducedMotion],
  );
  return null;
}
