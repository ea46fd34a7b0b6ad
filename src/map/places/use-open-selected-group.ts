/** So that a place chosen from the list, a passage or a link is never left hidden inside a group's disc. */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { placeSizeAt, type DrawnSymbol } from './use-place-symbols.ts';
import { featurePlace } from '../feature-place.ts';
import { openingZoom } from './place-grouping.ts';
import { CAMERA_MAX_ZOOM } from '../camera/camera-limits.ts';
import { useCamera } from '../camera/use-camera.ts';

/**
 * When a place is selected (from the list, a passage or a link) while it is part of a group at this
 * zoom, asks the camera to zoom in until the group opens and the place stands on its own, in the
 * part of the map that no panel covers, with the other places of its sentence (`relatedIds`) where
 * they fit. Only on a new selection: zooming out afterwards is the reader's choice.
 */
export function useOpenSelectedGroup(symbols: readonly DrawnSymbol[], selectedId: string | null, relatedIds: readonly string[], reducedMotion: boolean): void {
  const map = useMap();
  const camera = useCamera();
  const latest = useRef({ symbols, relatedIds });
  latest.current = { symbols, relatedIds };
  useEffect(
    function openTheSelectedPlacesGroup() {
      if (!selectedId) return;
      const { symbols: drawn, relatedIds: related } = latest.current;
      const group = drawn.find((s) => s.features.length > 1 && s.features.some((f) => f.id === selectedId));
      const feature = group?.features.find((f) => f.id === selectedId);
      if (!group || feature?.geometry.type !== 'Point') return;
      // Only as far as the selected place stands on its own: the map keeps as much around it as it can.
      const zoom = openingZoom(group.atZero, map.getZoom(), { maxZoom: CAMERA_MAX_ZOOM, step: map.options.zoomSnap || 0.25, alone: selectedId, sizeAt: placeSizeAt });
      const others = drawn.flatMap((s) => s.features).filter((f) => f.id !== selectedId && related.includes(f.id));
      camera.request({ kind: 'group', places: [feature, ...others].map(featurePlace), required: [selectedId], zoom, reducedMotion });
    },
    [map, camera, selectedId, reducedMotion],
  );
}
