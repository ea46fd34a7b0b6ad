import { useMemo } from 'react';
import type { FeatureLayerProps } from './feature-layer.ts';
import { MapLabels } from './MapLabels.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import { useBasemapLabels } from './use-basemap-labels.ts';
import { useOpenSelectedGroup } from './use-open-selected-group.ts';
import { usePlaceSymbols } from './use-place-symbols.ts';

/**
 * The story's places and the map's labels, which share one set of symbols: the places grouped at
 * the map's zoom, the selection's and the tour stop's first. While presenting, the stop's places
 * are drawn larger.
 */
export function StoryPlaces(props: FeatureLayerProps & { presenting: boolean; reducedMotion: boolean; coverings: () => (HTMLElement | null)[] }) {
  const { features, selectedId, relatedIds, presenting, reducedMotion, coverings } = props;
  const focusIds = useMemo(() => new Set([...(selectedId ? [selectedId] : []), ...relatedIds]), [selectedId, relatedIds]);
  const emphasised = useMemo(() => (presenting ? focusIds : new Set<string>()), [presenting, focusIds]);
  const symbols = usePlaceSymbols(features, emphasised);
  const basemap = useBasemapLabels();
  useOpenSelectedGroup(symbols, presenting ? null : selectedId, reducedMotion);
  return (
    <>
      <PlaceMarkers {...props} symbols={symbols} />
      <MapLabels symbols={symbols} focusIds={focusIds} presenting={presenting} basemap={basemap} coverings={coverings} />
    </>
  );
}
