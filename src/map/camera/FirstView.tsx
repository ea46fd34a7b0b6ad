/**
 * The map's opening view: the story's places framed once when the map is first drawn, narrower on a tall
 * phone screen.
 */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { FramePlace } from './framing.ts';
import { useCamera } from './use-camera.ts';
import type { CameraController } from './camera-controller.ts';
import { nextTurn } from '../../ui/time-slice.ts';
import type { FirstRegion } from '../first-bounds.ts';

/** The least margin, in pixels, kept round the first view's places: the whole story wants the room. */
const FIRST_VIEW_MARGIN = 16;

/** The story's places inside `bounds`, as places to frame. */
function placesWithin(places: readonly FramePlace[], bounds: L.LatLngBounds): FramePlace[] {
  return places.filter((place) => place.points.length > 0 && place.points.every((p) => bounds.contains([p.lat, p.lng])));
}

/**
 * The first view's places, as one place of all their points (the framing then weighs one box, however
 * many places: a story at scale): those inside the region's `wide` bounds on a map wider than tall,
 * inside its core (`tall`) on a tall one, where a wider frame would leave them small; the region's
 * corners if it holds none.
 */
export function firstViewPlaces(map: L.Map, region: FirstRegion, places: readonly FramePlace[]): FramePlace[] {
  const size = map.getSize();
  const bounds = L.latLngBounds(size.x < size.y ? region.tall : region.wide);
  const inside = placesWithin(places, bounds).flatMap((place) => place.points);
  const corners = [bounds.getSouthWest(), bounds.getNorthEast()].map(({ lat, lng }) => ({ lat, lng }));
  return [{ id: 'first-view', points: inside.length > 0 ? inside : corners }];
}

/**
 * Asks the camera for the first view once, when the map is first drawn: the story's places inside
 * its first region (`wide` on a map wider than tall, its core `tall` on a tall one), in the part of
 * the map that the key and the controls leave uncovered, as close as they fit (the region itself if
 * it holds no place). The camera grants it only while nothing else has moved
 * it: a selection or a tour stop in the address goes first.
 */
export function FirstView({ region, places }: { region: FirstRegion; places: readonly FramePlace[] }) {
  const map = useMap();
  const camera = useCamera();
  useEffect(
    function frameTheStory() {
      // In a task after the one that made the map (each is then short on a slow phone). Nothing is drawn on the map before.
      let live = true;
      void nextTurn().then(() => {
        if (!live || !map.getContainer().isConnected) return;
        camera.request({ kind: 'first-view', places: firstViewPlaces(map, region, places), margin: FIRST_VIEW_MARGIN, reducedMotion: true });
      });
      return function stopFraming() {
        live = false;
      };
    },
    // Once: the region is a constant of the story, and the places are those of the first drawing.
    [map, camera],
  );
  return null;
}

/**
 * Asks `camera` for the first view again (the "Whole story" button, the end of a tour the page opened
 * in): its very camera while the map keeps the size it was framed for, else the story framed anew.
 */
export function requestWholeStory(camera: CameraController, map: L.Map, region: FirstRegion, places: readonly FramePlace[], reducedMotion: boolean): void {
  camera.request({ kind: 'whole-story', places: firstViewPlaces(map, region, places), intended: camera.firstView(), margin: FIRST_VIEW_MARGIN, reducedMotion });
}
