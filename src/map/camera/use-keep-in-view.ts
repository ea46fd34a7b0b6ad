/**
 * Brings the chosen places back into view when a panel, the sheet or the window change the map's size under
 * them.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { placesOffView, type FramePlace } from './framing.ts';
import { useCamera } from './use-camera.ts';
import { cameraOf, COVERED_MARGIN, useFramingView } from './framing-view.ts';
import { afterNextPaint } from '../../ui/time-slice.ts';

/**
 * Keeps chosen places in view when the map changes size under them (a panel opens or grows, the sheet
 * is raised on a phone, the window is resized): if they were all in view before and some are covered
 * after, the camera brings them back to the middle of what is left, at the same zoom. Once the reader has
 * moved the map away from them, it leaves them be.
 */
export function useKeepInView(places: readonly FramePlace[], required: readonly string[], reducedMotion: boolean): void {
  const map = useMap();
  const framingFor = useFramingView();
  const camera = useCamera();
  const chosen = useRef({ places, required });
  const held = useRef(false);
  const key = places.map((p) => p.id).join(' ');
  useEffect(() => {
    chosen.current = { places, required };
  });
  useEffect(
    function watchChosenPlaces() {
      const inView = () => placesOffView(framingFor(map, COVERED_MARGIN), cameraOf(map), chosen.current.places).length === 0;
      let size = map.getSize();
      held.current = false;
      // Judged once the frame that answers the choice is painted (it lays out the panels this reads).
      const cancel = afterNextPaint(() => {
        held.current = chosen.current.places.length > 0 && inView();
      });
      function onMoveEnd() {
        // A move that comes with a new size (Leaflet keeps the centre) is the resize's, judged below.
        if (map.getSize().equals(size)) held.current = inView();
      }
      function onResize() {
        size = map.getSize();
        if (!held.current || inView()) return;
        camera.request({ kind: 'keep-in-view', ...chosen.current, reducedMotion });
      }
      map.on('moveend', onMoveEnd);
      map.on('resize', onResize);
      return function stopWatching() {
        cancel();
        map.off('moveend', onMoveEnd);
        map.off('resize', onResize);
      };
    },
    [map, framingFor, camera, reducedMotion, key],
  );
}
