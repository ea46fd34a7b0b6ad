/**
 * The map's layer of places: their symbols worked out once, drawn as buttons or on a canvas, and named by the
 * label layer.
 */
import { useMemo } from 'react';
import type { FeatureLayerProps } from '../feature-layer.ts';
import { MapLabels } from '../labels/MapLabels.tsx';
import { DenseViewNote } from './DenseViewNote.tsx';
import { CanvasSymbols } from './CanvasSymbols.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import { useBasemapLabels } from '../labels/use-basemap-labels.ts';
import { useOpenSelectedGroup } from './use-open-selected-group.ts';
import { usePlaceSymbols } from './use-place-symbols.ts';
import { useSharedSymbols } from './use-shared-symbols.ts';
import { useListTabOrder } from '../tab-order.ts';
import type { FlowPaths } from '../labels/flow-segments.ts';

const NONE_EMPHASISED: ReadonlySet<string> = new Set();

/**
 * The story's places and the map's labels, which share one set of symbols: the places grouped at
 * the map's zoom, the selection's and the tour stop's first. While presenting, the stop's places
 * are drawn larger. In a dense view of a story of thousands, some symbols are drawn on a canvas
 * rather than made buttons (symbol-budget.ts).
 */
export function StoryPlaces(props: FeatureLayerProps & { presenting: boolean; reducedMotion: boolean; coverings: () => (HTMLElement | null)[]; focusAreas: ReadonlySet<string>; flows: FlowPaths }) {
  const { features, selectedId, relatedIds, presenting, reducedMotion, coverings, focusAreas, flows } = props;
  const focusIds = useMemo(() => new Set([...(selectedId ? [selectedId] : []), ...relatedIds]), [selectedId, relatedIds]);
  // Not a new empty set on each selection: the symbols, and every marker's position, would be made anew.
  const emphasised = presenting ? focusIds : NONE_EMPHASISED;
  // The selection is held at its true place where cities fan out round it.
  const anchored = useMemo(() => new Set(selectedId ? [selectedId] : []), [selectedId]);
  const symbols = usePlaceSymbols(features, emphasised, anchored);
  // Names wait for the places they name (and keep clear of): while the first drawing adds them a few
  // at a time, each step would place every label again.
  const allDrawn = (props.limit ?? Number.POSITIVE_INFINITY) >= features.length;
  const basemap = useBasemapLabels(allDrawn);
  useOpenSelectedGroup(symbols, presenting ? null : selectedId, relatedIds, reducedMotion);
  const share = useSharedSymbols(symbols, focusIds);
  // Ordered again when the symbols change (a zoom re-makes groups) and as the first drawing adds them.
  const drawnNow = useMemo(() => ({ buttons: share.buttons, limit: props.limit }), [share.buttons, props.limit]);
  useListTabOrder(features, drawnNow, 'markerPane');
  const withoutButtons = useMemo(() => share.unreached.reduce((sum, s) => sum + s.features.length, 0), [share.unreached]);
  return (
    <>
      <PlaceMarkers {...props} symbols={share.buttons} />
      {share.drawn.length > 0 && <CanvasSymbols symbols={share.drawn} onActivate={props.onActivate} reducedMotion={reducedMotion} />}
      {withoutButtons > 0 && <DenseViewNote count={withoutButtons} />}
      {allDrawn && <MapLabels symbols={symbols} focusIds={focusIds} focusAreas={focusAreas} presenting={presenting} flows={flows} basemap={basemap?.names ?? null} land={basemap?.land ?? null} coverings={coverings} />}
    </>
  );
}
