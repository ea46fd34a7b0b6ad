import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { frameCamera } from './framing.ts';
import { useFramingView } from './framing-view.ts';

/**
 * The first view's bounds: the core of the story, from Manchester, Paris and Brussels in the west to
 * Raqqa and Mosul in the east (the attacks in Europe and the strongholds they were planned from).
 */
export const FIRST_VIEW = { south: 35.5, west: -2.5, north: 54, east: 43.5 };

/**
 * Frames the story's core in the part of the map that the key and the controls leave uncovered, once,
 * when the map is first drawn: on a phone too, where the map is tall and narrow. A selection or a tour
 * stop in the address then moves the camera on from there.
 */
export function FirstView() {
  const map = useMap();
  const framingFor = useFramingView();
  useEffect(
    function frameTheStory() {
      const { south, west, north, east } = FIRST_VIEW;
      const corners = [{ lat: south, lng: west }, { lat: north, lng: east }];
      const { camera } = frameCamera(framingFor(map), { places: [{ id: 'first-view', points: corners }] });
      map.setView(camera.center, camera.zoom, { animate: false });
    },
    [map, framingFor],
  );
  return null;
}
