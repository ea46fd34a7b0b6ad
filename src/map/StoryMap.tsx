import { useCallback, useEffect, useMemo, useState } from 'react';
import { MapContainer, useMap, ZoomControl } from 'react-leaflet';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { Basemap, type BasemapStatus } from './Basemap.tsx';
import { CameraOnSelect } from './CameraOnSelect.tsx';
import type { FeatureElements } from './feature-element.ts';
import { TooltipEscape } from './FeatureTooltip.tsx';
import { FlowLines } from './FlowLines.tsx';
import { FlyToCamera } from './FlyToCamera.tsx';
import { FollowContainerSize } from './FollowContainerSize.tsx';
import { OnlineTiles, type TilesStatus } from './OnlineTiles.tsx';
import { PlaceMarkers } from './PlaceMarkers.tsx';
import { viewPadding, ViewPaddingContext } from './view-padding.ts';

/** Defaults of the map: the first view frames Europe and the Middle East. */
export const MAP_DEFAULTS = {
  initialBounds: [
    [24, -10],
    [58, 54],
  ] as LatLngBoundsExpression,
  minZoom: 2,
  maxZoom: 16,
  zoomSnap: 0.25,
  /** The map's name for screen readers. */
  label: 'Map of the places in the article. Press Tab to move through the places, Enter to open a passage.',
};

/** Names the map container for screen readers; Leaflet already makes it focusable for panning. */
function MapLabel() {
  const map = useMap();
  useEffect(
    function labelMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', MAP_DEFAULTS.label);
      return function unlabelMap() {
        container.removeAttribute('role');
        container.removeAttribute('aria-label');
      };
    },
    [map],
  );
  return null;
}

/**
 * How many of `stages` steps of a first drawing are done: one more each task. Drawing the map, its
 * flows and its places in one go made one long task on a slow phone (about 200 ms at 4x CPU); in
 * steps, the page can answer input between them.
 */
function useStagedDrawing(stages: number): number {
  const [done, setDone] = useState(0);
  useEffect(
    function drawNextStage() {
      if (done >= stages) return undefined;
      const timer = window.setTimeout(() => setDone(done + 1), 0);
      return function cancel() {
        window.clearTimeout(timer);
      };
    },
    [done, stages],
  );
  return done;
}

/** What the map shows and whom it tells. */
export interface StoryMapProps {
  /** The features to draw: those the layers and the timeline let show. */
  features: readonly StoryFeature[];
  selectedId: string | null;
  /** Features shown along with the selection. */
  relatedIds: readonly string[];
  /** While presenting, the tour stop's camera: the camera follows it rather than the selection. */
  camera?: TourStop['camera'] | undefined;
  /** The number of each feature in the printed handout. */
  numbers: ReadonlyMap<string, number>;
  onActivate: (id: string) => void;
  elements: FeatureElements;
  onlineTiles: boolean;
  onTilesStatus: (status: TilesStatus) => void;
  onBasemapStatus: (status: BasemapStatus) => void;
  /** What lies over the map (the passage panel, the key): the camera keeps features clear of it. */
  coverings: () => (HTMLElement | null)[];
  reducedMotion: boolean;
}

/** The map: embedded basemap, optional online tiles, the story's places and flows. */
export function StoryMap(props: StoryMapProps) {
  const { features, selectedId, relatedIds, camera, numbers, onActivate, elements, onlineTiles, onTilesStatus, onBasemapStatus, coverings, reducedMotion } = props;
  const places = useMemo(() => features.filter((f) => f.properties.layer !== 'flows'), [features]);
  const flows = useMemo(() => features.filter((f) => f.properties.layer === 'flows'), [features]);
  const shown = useMemo(
    () => features.filter((f) => f.id === selectedId || relatedIds.includes(f.id)),
    [features, selectedId, relatedIds],
  );
  const paddingFor = useCallback((map: LeafletMap) => viewPadding(map, coverings()), [coverings]);
  // First the map and its basemap, then the flows, then the places over them.
  const drawn = useStagedDrawing(2);
  return (
    <ViewPaddingContext value={paddingFor}>
    <MapContainer
      className="story-map"
      bounds={MAP_DEFAULTS.initialBounds}
      minZoom={MAP_DEFAULTS.minZoom}
      maxZoom={MAP_DEFAULTS.maxZoom}
      zoomSnap={MAP_DEFAULTS.zoomSnap}
      worldCopyJump={false}
      maxBounds={[[-85, -220], [85, 220]]}
      maxBoundsViscosity={0.8}
      zoomAnimation={!reducedMotion}
      fadeAnimation={!reducedMotion}
      markerZoomAnimation={!reducedMotion}
      zoomControl={false}
    >
      <MapLabel />
      <ZoomControl position="bottomright" />
      <TooltipEscape />
      <FollowContainerSize />
      <Basemap onStatus={onBasemapStatus} />
      {onlineTiles && <OnlineTiles onStatus={onTilesStatus} />}
      {drawn >= 1 && <FlowLines features={flows} selectedId={selectedId} relatedIds={relatedIds} numbers={numbers} onActivate={onActivate} elements={elements} />}
      {drawn >= 2 && <PlaceMarkers features={places} selectedId={selectedId} relatedIds={relatedIds} numbers={numbers} onActivate={onActivate} elements={elements} />}
      {camera ? <FlyToCamera camera={camera} reducedMotion={reducedMotion} /> : <CameraOnSelect features={shown} reducedMotion={reducedMotion} />}
    </MapContainer>
    </ViewPaddingContext>
  );
}
