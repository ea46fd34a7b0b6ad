/**
 * "Whole story": a button beside the zoom buttons that brings back the first view (the story's places
 * framed clear of the key), as a map's home button does: after a group opened at street level, or a
 * place far away, the reader has one step back to the whole story instead of many zoom-outs.
 */
import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { FramePlace } from './framing.ts';
import { useCamera } from './use-camera.ts';
import { firstViewPlaces, FIRST_VIEW_MARGIN } from './FirstView.tsx';

export function WholeStoryButton({ wide, places, reducedMotion }: { wide: L.LatLngBoundsExpression; places: readonly FramePlace[]; reducedMotion: boolean }) {
  const map = useMap();
  const camera = useCamera();
  useEffect(
    function addWholeStoryButton() {
      const control = new L.Control({ position: 'bottomright' });
      control.onAdd = () => {
        const bar = L.DomUtil.create('div', 'leaflet-bar whole-story');
        const button = L.DomUtil.create('button', 'whole-story-button', bar);
        button.type = 'button';
        button.textContent = 'Whole story';
        L.DomEvent.disableClickPropagation(bar);
        L.DomEvent.on(button, 'click', () => camera.request({ kind: 'whole-story', places: firstViewPlaces(map, wide, places), intended: camera.firstView(), margin: FIRST_VIEW_MARGIN, reducedMotion }));
        return bar;
      };
      control.addTo(map);
      return function removeWholeStoryButton() {
        control.remove();
      };
    },
    [map, camera, wide, places, reducedMotion],
  );
  return null;
}
