/**
 * Moves the map to show what is selected (a place, or the places of a sentence) each time the selection
 * changes.
 */
import { useEffect, useMemo } from 'react';
import type { StoryFeature } from '../../story/schema.ts';
import { featurePlace } from '../feature-place.ts';
import { useCamera } from './use-camera.ts';
import { useKeepInView } from './use-keep-in-view.ts';
import { PRECISION_MAX_ZOOM } from './camera-limits.ts';

/**
 * When features are selected (one, or those a sentence speaks of), asks the camera to show them in the
 * part of the map no panel or control covers, moving only as far as needed (camera-request.ts): a
 * pan at the same zoom for one place, a flight that frames several. Where they cannot all be seen,
 * the selected one is. No animation when reduced motion is asked for.
 */
export function CameraOnSelect({ features, selectedId, reducedMotion }: { features: readonly StoryFeature[]; selectedId: string | null; reducedMotion: boolean }) {
  const camera = useCamera();
  const key = features.map((f) => f.id).join(' ');
  // `key` stands for the features: the camera moves when the selection changes, not on every render.
  const places = useMemo(() => features.map(featurePlace), [key]);
  const required = useMemo(() => (selectedId ? [selectedId] : []), [selectedId]);
  useEffect(
    function bringSelectionIntoView() {
      if (places.length === 0) return;
      // One place brought into view: no closer than its precision is worth (camera-limits.ts).
      const [only] = features;
      const zoomCap = features.length === 1 && only ? PRECISION_MAX_ZOOM[only.properties.precision] : undefined;
      camera.request({ kind: places.length > 1 ? 'sentence' : 'selection', places, required, zoomCap, reducedMotion });
    },
    [camera, places, required, reducedMotion],
  );
  useKeepInView(places, required, reducedMotion);
  return null;
}
