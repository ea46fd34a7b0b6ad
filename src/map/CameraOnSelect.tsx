import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { StoryFeature } from '../story/schema.ts';
import { featurePlace, moveCamera } from './camera-moves.ts';
import { frameCamera } from './framing.ts';
import { cameraOf, useFramingView } from './framing-view.ts';
import { useKeepInView } from './use-keep-in-view.ts';
import { afterNextPaint } from '../ui/time-slice.ts';

/** The closest a sentence's places are zoomed to when the camera must move for them. */
const SEVERAL_PLACES_ZOOM = 5;

/**
 * When features are selected (one, or those a sentence speaks of), moves the camera only as far as
 * needed for them to be seen in the part of the map no panel or control covers: a pan at the same
 * zoom for one place, a flight that frames several (closer, up to zoom 5, if they fit). Where they
 * cannot all be seen, the selected one is. No animation when reduced motion is asked for.
 */
export function CameraOnSelect({ features, selectedId, reducedMotion }: { features: readonly StoryFeature[]; selectedId: string | null; reducedMotion: boolean }) {
  const map = useMap();
  const framingFor = useFramingView();
  const key = features.map((f) => f.id).join(' ');
  // `key` stands for the features: the camera moves when the selection changes, not on every render.
  const places = useMemo(() => features.map(featurePlace), [key]);
  const required = useMemo(() => (selectedId ? [selectedId] : []), [selectedId]);
  useEffect(
    function bringSelectionIntoView() {
      if (places.length === 0) return undefined;
      // Once the frame that shows the passage is painted: the panel's size is then laid out, not
      // worked out in the middle of answering the click.
      return afterNextPaint(() => {
        const current = cameraOf(map);
        const single = places.length === 1 && places[0]?.points.length === 1;
        const zoomCap = single ? current.zoom : Math.max(current.zoom, SEVERAL_PLACES_ZOOM);
        const { camera } = frameCamera(framingFor(map), { places, required, current, zoomCap });
        if (camera !== current) moveCamera(map, camera, { reducedMotion, duration: 1 });
      });
    },
    [map, places, required, framingFor, reducedMotion],
  );
  useKeepInView(places, required, reducedMotion);
  return null;
}
