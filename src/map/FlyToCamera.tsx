import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { featurePlace, moveCamera } from './camera-moves.ts';
import { frameCamera, type Camera } from './framing.ts';
import { useFramingView } from './framing-view.ts';
import { useKeepInView } from './use-keep-in-view.ts';

/** The longest a camera flight may last, in seconds. */
export const MAX_FLIGHT_SECONDS = 1.2;

/**
 * Moves the camera to a tour stop's view: its bbox fitted in the part of the map the tour panel leaves
 * uncovered, or its centre and zoom. The stop's features win over its view: when some would lie under
 * the panel or outside the map, the camera moves (at the same zoom if that will do, else further out)
 * until they are inside. A flight of at most 1.2 s, or a jump when the system asks for reduced motion;
 * a new stop during a flight starts its own at once.
 */
export function FlyToCamera({ camera, features, reducedMotion }: { camera: TourStop['camera']; features: readonly StoryFeature[]; reducedMotion: boolean }) {
  const map = useMap();
  const framingFor = useFramingView();
  const cameraKey = JSON.stringify(camera);
  const featuresKey = features.map((f) => f.id).join(' ');
  // The keys stand for the stop: the map moves when the stop changes, not on every render.
  const stopCamera = useMemo(() => camera, [cameraKey]);
  const places = useMemo(() => features.map(featurePlace), [featuresKey]);
  useEffect(
    function flyToStop() {
      const view = framingFor(map);
      let intended: Camera;
      if ('bbox' in stopCamera) {
        const [west = 0, south = 0, east = 0, north = 0] = stopCamera.bbox;
        const corners = [{ lat: south, lng: west }, { lat: north, lng: east }];
        intended = frameCamera(view, { places: [{ id: 'stop-view', points: corners }] }).camera;
      } else {
        const [lng = 0, lat = 0] = stopCamera.center;
        intended = { center: { lat, lng }, zoom: stopCamera.zoom };
      }
      const { camera: target } = frameCamera(view, { places, current: intended, zoomCap: intended.zoom });
      map.stop();
      moveCamera(map, target, { reducedMotion, duration: MAX_FLIGHT_SECONDS });
    },
    [map, stopCamera, places, framingFor, reducedMotion],
  );
  useKeepInView(places, [], reducedMotion);
  return null;
}
