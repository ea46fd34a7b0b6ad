/** The tour's end on the map: the view from before the tour is put back. */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Camera } from './framing.ts';
import { cameraOf } from './framing-view.ts';
import { useCamera } from './use-camera.ts';

/**
 * Takes the camera back, when a tour ends (Esc, or the last stop's end), to the view it began from,
 * as a slide show ends where the deck was left: the reader is not left in the last stop's street.
 */
export function ReturnAfterTour({ touring, reducedMotion }: { touring: boolean; reducedMotion: boolean }) {
  const map = useMap();
  const camera = useCamera();
  const before = useRef<Camera | null>(null);
  useEffect(
    function keepOrRestoreTheView() {
      // Read when the tour begins: its first stop is asked for after this frame is painted.
      if (touring) before.current ??= cameraOf(map);
      else if (before.current) {
        camera.request({ kind: 'tour-end', places: [], intended: before.current, reducedMotion });
        before.current = null;
      }
    },
    [map, camera, touring, reducedMotion],
  );
  return null;
}
