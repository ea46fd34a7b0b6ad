/**
 * The story's Leaflet map, composed: basemap, online tiles, camera, flows, places, off-view arrows and ink,
 * first drawn in steps.
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type L from 'leaflet';
import type { MapHandle } from './map-handle.ts';
import { MapContainer, useMap, ZoomControl } from 'react-leaflet';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { Basemap, type BasemapStatus } from './basemap/Basemap.tsx';
import { CameraOnSelect } from './camera/CameraOnSelect.tsx';
import type { FeatureElements } from './feature-element.ts';
import { TooltipEscape } from './tooltips/FeatureTooltip.tsx';
import { closeTooltips } from './tooltips/close-tooltips.ts';
import { drawnLines, FlowLines } from './flows/FlowLines.tsx';
import { FirstView } from './camera/FirstView.tsx';
import { WholeStoryButton } from './camera/WholeStoryButton.tsx';
import { CameraProvider } from './camera/CameraProvider.tsx';
import { regionCities } from './off-view/beyond-places.ts';
import { featurePlace } from './feature-place.ts';
import { FlyToCamera } from './camera/FlyToCamera.tsx';
import { ReturnAfterTour } from './camera/ReturnAfterTour.tsx';
import { GroupEscape } from './places/GroupEscape.tsx';
import { FollowContainerSize } from './FollowContainerSize.tsx';
import { OffViewIndicators } from './off-view/OffViewIndicators.tsx';
import { InkLayer, type InkLayerProps } from './ink/InkLayer.tsx';
import { OnlineTiles, type TilesStatus } from './basemap/OnlineTiles.tsx';
import { ReportView } from './ReportView.tsx';
import { StoryPlaces } from './places/StoryPlaces.tsx';
import { useDrawingInSteps } from './use-drawing-in-steps.ts';
import { MapFocusOffFeatures } from './MapFocusOffFeatures.tsx';
import { CoveringsContext } from './coverings-context.ts';
import { areasLedTo } from './labels/focus-areas.ts';
import { MAX_LONGITUDE } from '../geometry/mercator.ts';
import { firstRegion } from './first-bounds.ts';
import { FirstRegionContext } from './first-region-context.ts';

/**
 * Defaults of the map. Its first view frames the story, as a locator map would: the region that
 * holds most of its places (first-bounds.ts; the places beyond, on other continents, are marked at
 * its edge).
 */
export const MAP_DEFAULTS = {
  minZoom: 1,
  maxZoom: 16,
  zoomSnap: 0.25,
  /** The map's name for screen readers. */
  label: 'Map of the places in the article. Press Tab to move through the places, Enter to open a passage.',
};

/**
 * Names the map container for screen readers (Leaflet already makes it focusable for panning), and
 * marks it busy while its first drawing is still adding features.
 */
function MapLabel({ busy }: { busy: boolean }) {
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
  useEffect(
    function markBusy() {
      const container = map.getContainer();
      if (busy) container.setAttribute('aria-busy', 'true');
      else container.removeAttribute('aria-busy');
    },
    [map, busy],
  );
  return null;
}

/** What the map shows and whom it tells. */
export interface StoryMapProps {
  /** The features to draw: those the layers and the timeline let show. */
  features: readonly StoryFeature[];
  /** Every feature of the story, whatever shows: the first view's region is theirs. */
  storyFeatures: readonly StoryFeature[];
  selectedId: string | null;
  /** Features shown along with the selection. */
  relatedIds: readonly string[];
  /** While presenting, the tour stop's camera: the camera follows it rather than the selection. */
  camera?: TourStop['camera'] | undefined;
  onActivate: (id: string) => void;
  /** The page's handle on the map (map-handle.ts). */
  ref?: Ref<MapHandle> | undefined;
  onlineTiles: boolean;
  onTilesStatus: (status: TilesStatus) => void;
  onBasemapStatus: (status: BasemapStatus) => void;
  /** What lies over the map (the passage panel, the key): the camera keeps features clear of it. */
  coverings: () => (HTMLElement | null)[];
  reducedMotion: boolean;
  /** Told the map's view after each move (the tour editor adds a stop from it). */
  onView?: ((view: { bbox: [number, number, number, number] }) => void) | undefined;
  /** While presenting, pointing and drawing on the map. */
  ink?: InkLayerProps | undefined;
}

/** The map: embedded basemap, optional online tiles, the story's places and flows. */
export function StoryMap(props: StoryMapProps) {
  const { features, storyFeatures, selectedId, relatedIds, camera, onActivate, onlineTiles, onTilesStatus, onBasemapStatus, coverings, reducedMotion, onView, ink, ref } = props;
  // The map's buttons by feature id, for the page's handle (not shared with it).
  const [elements] = useState<FeatureElements>(() => new Map());
  const mapRef = useRef<L.Map | null>(null);
  useImperativeHandle(
    ref,
    (): MapHandle => ({
      focus: () => mapRef.current?.getContainer().focus(),
      featureElement: (id) => elements.get(id),
      closeTooltips: () => void (mapRef.current && closeTooltips(mapRef.current)),
    }),
    [elements],
  );
  const places = useMemo(() => features.filter((f) => f.properties.layer !== 'flows'), [features]);
  const region = useMemo(() => firstRegion(storyFeatures), [storyFeatures]);
  const touring = camera !== undefined;
  const { beyond, within } = useMemo(() => (touring ? { beyond: [], within: [] } : regionCities(places, region.wide)), [places, region, touring]);
  const pointPlaces = useMemo(() => places.filter((f) => f.geometry.type === 'Point').map(featurePlace), [places]);
  const flows = useMemo(() => features.filter((f) => f.properties.layer === 'flows'), [features]);
  // The flows' lines as drawn: a place's name one runs through is set on a plate.
  const flowPaths = useMemo(() => drawnLines(flows), [flows]);
  const shown = useMemo(
    () => features.filter((f) => f.id === selectedId || relatedIds.includes(f.id)),
    [features, selectedId, relatedIds],
  );
  const focusAreas = useMemo(() => new Set(areasLedTo(shown).map((area) => area.toLowerCase())), [shown]);
  // The first drawing, a step or more per task: the map, its zoom buttons and basemap; the flows, a few
  // at a time; the rest of its controls and its camera; the places' layout; the places, a few at a time.
  // The flows come first: the step after the map's own already adds features one can click.
  const groups = useMemo(() => [flows.length, 1, 1, places.length], [flows.length, places.length]);
  const drawn = useDrawingInSteps(groups);
  const controlsFrom = flows.length + 1;
  const placesFrom = controlsFrom + 1;
  return (
    <CoveringsContext value={coverings}>
    <FirstRegionContext value={region}>
    <MapContainer
      ref={mapRef}
      className="story-map"
      bounds={region.wide}
      minZoom={MAP_DEFAULTS.minZoom}
      maxZoom={MAP_DEFAULTS.maxZoom}
      zoomSnap={MAP_DEFAULTS.zoomSnap}
      worldCopyJump={false}
      // As far as the basemap draws its world copies: a panel over half a projector must not pin the view to 0°.
      maxBounds={[[-85, -MAX_LONGITUDE], [85, MAX_LONGITUDE]]}
      maxBoundsViscosity={0.8}
      zoomAnimation={!reducedMotion}
      fadeAnimation={!reducedMotion}
      markerZoomAnimation={!reducedMotion}
      zoomControl={false}
    >
      <CameraProvider>
      <MapLabel busy={drawn !== Number.POSITIVE_INFINITY} />
      {/* With the map, as they change its corner: the zoom buttons, and the basemap's credit. Added later, they shift the credit line. */}
      {/* Under the zoom buttons: added first, as a bottom corner stacks each new control above the last. */}
      <WholeStoryButton region={region} places={pointPlaces} reducedMotion={reducedMotion} />
      <GroupEscape elements={elements} reducedMotion={reducedMotion} />
      <ZoomControl position="bottomright" />
      <Basemap onStatus={onBasemapStatus} />
      <FirstView region={region} places={pointPlaces} />
      {onView && <ReportView onView={onView} />}
      {drawn >= controlsFrom && (
        <>
          <TooltipEscape />
          <MapFocusOffFeatures />
          <FollowContainerSize />
          {onlineTiles && <OnlineTiles onStatus={onTilesStatus} />}
          {camera ? <FlyToCamera camera={camera} features={shown} reducedMotion={reducedMotion} /> : <CameraOnSelect features={shown} selectedId={selectedId} reducedMotion={reducedMotion} />}
          <ReturnAfterTour touring={touring} reducedMotion={reducedMotion} region={region} places={pointPlaces} />
          <OffViewIndicators features={shown} beyond={beyond} within={within} elements={elements} reducedMotion={reducedMotion} />
          {ink && <InkLayer {...ink} />}
        </>
      )}
      {drawn >= 1 && <FlowLines features={flows} drawn={flowPaths} limit={drawn} selectedId={selectedId} relatedIds={relatedIds} onActivate={onActivate} elements={elements} />}
      {drawn >= placesFrom && (
        <StoryPlaces features={places} limit={drawn - placesFrom} selectedId={selectedId} relatedIds={relatedIds} onActivate={onActivate} elements={elements} presenting={camera !== undefined} reducedMotion={reducedMotion} coverings={coverings} focusAreas={focusAreas} flows={flowPaths} />
      )}
      </CameraProvider>
    </MapContainer>
    </FirstRegionContext>
    </CoveringsContext>
  );
}
