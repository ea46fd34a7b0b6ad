import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { placeSizeAt, type DrawnSymbol } from './use-place-symbols.ts';
import { useFramingView } from './framing-view.ts';
import { featurePlace } from './camera-moves.ts';
import { openingCamera } from './group-camera.ts';
import { openingZoom } from './place-grouping.ts';
import { CAMERA_MAX_ZOOM } from './camera-limits.ts';

/**
 * When a place is selected (from the list, a passage or a link) while it is part of a group at this
 * zoom, zooms in until the group opens and the place stands on its own, in the part of the map that
 * no panel covers. Only on a new selection: zooming out afterwards is the reader's choice.
 */
export function useOpenSelectedGroup(symbols: readonly DrawnSymbol[], selectedId: string | null, reducedMotion: boolean): void {
  const map = useMap();
  const framingFor = useFramingView();
  const latest = useRef(symbols);
  latest.current = symbols;
  useEffect(
    function openTheSelectedPlacesGroup() {
      if (!selectedId) return;
      const group = latest.current.find((s) => s.features.length > 1 && s.features.some((f) => f.id === selectedId));
      const feature = group?.features.find((f) => f.id === selectedId);
      if (!group || feature?.geometry.type !== 'Point') return;
      // Only as far as the selected place stands on its own: the map keeps as much around it as it can.
      const zoom = openingZoom(group.atZero, map.getZoom(), { maxZoom: CAMERA_MAX_ZOOM, step: map.options.zoomSnap || 0.25, alone: selectedId, sizeAt: placeSizeAt });
      const camera = openingCamera(framingFor(map), featurePlace(feature).points, zoom);
      map.setView(camera.center, camera.zoom, { animate: !reducedMotion });
    },
    [map, selectedId, framingFor, reducedMotion],
  );
}
