/** The tour's end on the map: the view from before the tour is put back, or the first view. */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Camera, FramePlace } from './framing.ts';
import { cameraOf } from './framing-view.ts';
import { useCamera } from './use-camera.ts';
import { requestWholeStory } from './FirstView.tsx';
import type { FirstRegion } from '../first-bounds.ts';

/**
 * Takes the camera back, when a tour ends (Esc, or the last stop's end), to the view it began from,
 * as a slide show ends where the deck was left: the reader is not left in the last stop's street.
 * A page opened in the tour (a link to stop 8) had no view before it: it ends on the first view, the
 * story framed clear of the key (the map's bare first bounds had left Manchester under the key).
 */
export function ReturnAfterTour({ touring, reducedMotion, region, places }: { touring: boolean; reducedMotion: boolean; region: FirstRegion; places: readonly FramePlace[] }) {
  const map = useMap();
  const camera = useCamera();
  const before = useRef<Camera | 'first-view' | null>(null);
  const opened = useRef(true);
  useEffect(
    function keepOrRestoreTheView() {
      const atOpening = opened.current;
      opened.current = false;
      // Read when the tour begins: its first stop is asked for after this frame is painted.
      if (touring) before.current ??= atOpening ? 'first-view' : cameraOf(map);
      else if (before.current === 'first-view') {
        requestWholeStory(camera, map, region, places, reducedMotion);
        before.current = null;
      } else if (before.current) {
        camera.request({ kind: 'tour-end', places: [], intended: before.current, reducedMotion });
        before.current = null;
      }
    },
    [map, camera, touring, reducedMotion, region, places],
  );
  return null;
}
