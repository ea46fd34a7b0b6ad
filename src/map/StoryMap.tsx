import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import type { LatLngBoundsExpression, Map as LeafletMap } from 'leaflet';
import type { Story } from '../story/validate-story.ts';
import { Basemap, type BasemapStatus } from './Basemap.tsx';
import { CameraOnSelect } from './CameraOnSelect.tsx';
import type { FeatureElements } from './feature-element.ts';
import { FlowLines } from './FlowLines.tsx';
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

/** What the map shows and whom it tells. */
export interface StoryMapProps {
  story: Story | null;
  selectedId: string | null;
  onActivate: (id: string) => void;
  elements: FeatureElements;
  onlineTiles: boolean;
  onTilesStatus: (status: TilesStatus) => void;
  onBasemapStatus: (status: BasemapStatus) => void;
  /** The passage panel: the camera keeps the selection clear of it. */
  obscuredBy: RefObject<HTMLElement | null>;
  reducedMotion: boolean;
}

/** The map: embedded basemap, optional online tiles, the story's places and flows. */
export function StoryMap(props: StoryMapProps) {
  const { story, selectedId, onActivate, elements, onlineTiles, onTilesStatus, onBasemapStatus, obscuredBy, reducedMotion } = props;
  const places = useMemo(() => story?.features.filter((f) => f.properties.layer !== 'flows') ?? [], [story]);
  const flows = useMemo(() => story?.features.filter((f) => f.properties.layer === 'flows') ?? [], [story]);
  const selected = useMemo(() => story?.features.find((f) => f.id === selectedId), [story, selectedId]);
  const paddingFor = useCallback((map: LeafletMap) => viewPadding(map, obscuredBy.current), [obscuredBy]);
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
    >
      <MapLabel />
      <Basemap onStatus={onBasemapStatus} />
      {onlineTiles && <OnlineTiles onStatus={onTilesStatus} />}
      <FlowLines features={flows} selectedId={selectedId} onActivate={onActivate} elements={elements} />
      <PlaceMarkers features={places} selectedId={selectedId} onActivate={onActivate} elements={elements} />
      <CameraOnSelect feature={selected} reducedMotion={reducedMotion} />
    </MapContainer>
    </ViewPaddingContext>
  );
}
