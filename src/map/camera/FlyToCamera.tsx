/**
 * Moves the map to each tour stop's view while presenting, keeping the stop's places clear of the tour panel.
 */
import { useEffect, useMemo } from 'react';
import type { StoryFeature, TourStop } from '../../story/schema.ts';
import { featurePlace } from '../feature-place.ts';
import { useCamera } from './use-camera.ts';
import { useKeepInView } from './use-keep-in-view.ts';

/**
 * Asks the camera for a tour stop's view: its bbox fitted in the part of the map the tour panel
 * leaves uncovered, or its centre and zoom. The stop's features win over its view: when some would
 * lie under the panel or outside the map, the camera moves (at the same zoom if that will do, else
 * further out) until they are inside. A flight of at most 1.2 s, or a jump when the system asks for
 * reduced motion; a new stop during a flight starts its own at once.
 */
export function FlyToCamera({ camera: stop, features, reducedMotion }: { camera: TourStop['camera']; features: readonly StoryFeature[]; reducedMotion: boolean }) {
  const camera = useCamera();
  const cameraKey = JSON.stringify(stop);
  const featuresKey = features.map((f) => f.id).join(' ');
  // The keys stand for the stop: the map moves when the stop changes, not on every render.
  const stopCamera = useMemo(() => stop, [cameraKey]);
  const places = useMemo(() => features.map(featurePlace), [featuresKey]);
  useEffect(
    function flyToStop() {
      if ('bbox' in stopCamera) {
        const [west = 0, south = 0, east = 0, north = 0] = stopCamera.bbox;
        const area = { id: 'stop-view', points: [{ lat: south, lng: west }, { lat: north, lng: east }] };
        camera.request({ kind: 'tour-stop', places, intended: area, reducedMotion });
      } else {
        const [lng = 0, lat = 0] = stopCamera.center;
        camera.request({ kind: 'tour-stop', places, intended: { center: { lat, lng }, zoom: stopCamera.zoom }, reducedMotion });
      }
    },
    [camera, stopCamera, places, reducedMotion],
  );
  useKeepInView(places, [], reducedMotion);
  return null;
}
