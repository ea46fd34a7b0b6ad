import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
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
import { InkLayer, type InkLayerProps } from './InkLayer.tsx';
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

/** Real milliseconds of drawing per step: 24 ms on a phone four times slower, well under the 50 ms of a long task. */
const STEP_BUDGET_MS = 6;
/** What one feature is guessed to cost before a step of its kind has been measured. */
const FIRST_GUESS_MS = 3;
/**
 * The most steps a group takes, however costly its features: each step also renders the features
 * drawn before it, so a story of thousands of places in steps of one would take minutes to draw.
 */
const MAX_STEPS_PER_GROUP = 8;

/** Where the group that feature number `drawn` belongs to starts and ends, of groups of these sizes. */
function groupAt(groups: readonly number[], drawn: number): { start: number; end: number } {
  let start = 0;
  for (const size of groups) {
    if (drawn < start + size) return { start, end: start + size };
    start += size;
  }
  return { start, end: start };
}

/**
 * How far the map's first drawing has got, counted in steps of groups drawn one after the other (in
 * StoryMap: the controls, the flows, the places' layout, the places): a batch more each task, each
 * batch sized by what the last one of its group cost, until all are drawn; from then on, infinity. In
 * one go, the first drawing was a task of about 200 ms on a slow phone (4x CPU); in steps, the page
 * answers input between them. Later changes (layers, timeline) draw at once.
 */
function useDrawingInSteps(groups: readonly number[]): number {
  const total = groups.reduce((sum, size) => sum + size, 0);
  const [drawn, setDrawn] = useState(0);
  const [complete, setComplete] = useState(false);
  const msEach = useRef(FIRST_GUESS_MS);
  useEffect(
    function drawNextStep() {
      if (complete) return undefined;
      if (drawn >= total) {
        setComplete(true);
        return undefined;
      }
      // A batch stays within its group, and a new group starts from the guess.
      const group = groupAt(groups, drawn);
      if (drawn === group.start) msEach.current = FIRST_GUESS_MS;
      const timer = window.setTimeout(() => {
        const batch = Math.max(1, Math.floor(STEP_BUDGET_MS / msEach.current), Math.ceil((group.end - group.start) / MAX_STEPS_PER_GROUP));
        const next = Math.min(group.end, drawn + batch);
        const start = performance.now();
        // Drawn and committed now, effects included, so that the step's cost is measured whole.
        flushSync(() => setDrawn(next));
        msEach.current = Math.max(0.02, (performance.now() - start) / (next - drawn));
      }, 0);
      return function cancel() {
        window.clearTimeout(timer);
      };
    },
    [drawn, total, complete, groups],
  );
  return complete ? Number.POSITIVE_INFINITY : drawn;
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
  /** While presenting, pointing and drawing on the map. */
  ink?: InkLayerProps | undefined;
}

/** The map: embedded basemap, optional online tiles, the story's places and flows. */
export function StoryMap(props: StoryMapProps) {
  const { features, selectedId, relatedIds, camera, numbers, onActivate, elements, onlineTiles, onTilesStatus, onBasemapStatus, coverings, reducedMotion, ink } = props;
  const places = useMemo(() => features.filter((f) => f.properties.layer !== 'flows'), [features]);
  const flows = useMemo(() => features.filter((f) => f.properties.layer === 'flows'), [features]);
  const shown = useMemo(
    () => features.filter((f) => f.id === selectedId || relatedIds.includes(f.id)),
    [features, selectedId, relatedIds],
  );
  const paddingFor = useCallback((map: LeafletMap) => viewPadding(map, coverings()), [coverings]);
  // The first drawing, a step or more per task: the map, its zoom buttons and basemap; the rest of its
  // controls and its camera; the flows, a few at a time; the places' layout; the places, a few at a time.
  const groups = useMemo(() => [1, flows.length, 1, places.length], [flows.length, places.length]);
  const drawn = useDrawingInSteps(groups);
  const flowsFrom = 1;
  const placesFrom = flowsFrom + flows.length + 1;
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
      <MapLabel busy={drawn !== Number.POSITIVE_INFINITY} />
      {/* With the map, as they change its corner: the zoom buttons, and the basemap's credit. Added later, they shift the credit line. */}
      <ZoomControl position="bottomright" />
      <Basemap onStatus={onBasemapStatus} />
      {drawn >= 1 && (
        <>
          <TooltipEscape />
          <FollowContainerSize />
          {onlineTiles && <OnlineTiles onStatus={onTilesStatus} />}
          {ink && <InkLayer {...ink} />}
          {camera ? <FlyToCamera camera={camera} reducedMotion={reducedMotion} /> : <CameraOnSelect features={shown} reducedMotion={reducedMotion} />}
        </>
      )}
      {drawn > flowsFrom && <FlowLines features={flows} limit={drawn - flowsFrom} selectedId={selectedId} relatedIds={relatedIds} numbers={numbers} onActivate={onActivate} elements={elements} />}
      {drawn >= placesFrom && <PlaceMarkers features={places} limit={drawn - placesFrom} selectedId={selectedId} relatedIds={relatedIds} numbers={numbers} onActivate={onActivate} elements={elements} />}
    </MapContainer>
    </ViewPaddingContext>
  );
}
