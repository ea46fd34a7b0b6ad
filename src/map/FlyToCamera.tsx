import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { TourStop } from '../story/schema.ts';
import { toLatLng } from './coords.ts';
import { useViewPadding } from './view-padding.ts';

/** The longest a camera flight may last, in seconds. */
export const MAX_FLIGHT_SECONDS = 1.2;

/**
 * Moves the camera to a tour stop's view: a flight of at most 1.2 s, or a jump when the system asks
 * for reduced motion. A new stop during a flight starts its own at once (Leaflet stops the old one).
 */
export function FlyToCamera({ camera, reducedMotion }: { camera: TourStop['camera']; reducedMotion: boolean }) {
  const map = useMap();
  const paddingFor = useViewPadding();
  const key = JSON.stringify(camera);
  useEffect(
    function flyToStop() {
      const padding = paddingFor(map);
      map.stop();
      if ('bbox' in camera) {
        const [west = 0, south = 0, east = 0, north = 0] = camera.bbox;
        const bounds = L.latLngBounds(toLatLng([west, south]), toLatLng([east, north]));
        if (reducedMotion) map.fitBounds(bounds, { ...padding, animate: false });
        else map.flyToBounds(bounds, { ...padding, duration: MAX_FLIGHT_SECONDS });
      } else if (reducedMotion) {
        map.setView(toLatLng(camera.center), camera.zoom, { animate: false });
      } else {
        map.flyTo(toLatLng(camera.center), camera.zoom, { duration: MAX_FLIGHT_SECONDS });
      }
    },
    // `key` stands for the camera: the map moves when the stop changes, not on every render.
    [map, key, paddingFor, reducedMotion],
  );
  return null;
}
