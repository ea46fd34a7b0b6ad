/**
 * The editor's map: the draft's places as markers to drag, its flows as lines, the app's embedded
 * basemap under them where the app gives it (never online tiles), and a mode in which a click on the
 * map adds a place.
 */
import { Suspense, useState, type Dispatch } from 'react';
import { MapContainer, Polyline } from 'react-leaflet';
import type { DraftState } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { DraftMarker } from './DraftMarker.tsx';
import { AddOnClick, FitDraft, NameTheMap, PanToSelected } from './draft-map-hooks.tsx';
import type { EditorBasemap } from './NewStory.tsx';
import { shownName } from './place-text.ts';
import { ESCAPE_LEVELS, useEscape } from '../ui/escape-stack.ts';

/** The map's options: the world at first, and no closer than a city. */
export const DRAFT_MAP_DEFAULTS = { center: [30, 10] as [number, number], zoom: 2, minZoom: 1, maxZoom: 12 };

/** A line's dashes by what moves along it, so that kinds differ by more than colour. */
const FLOW_DASHES: Record<string, string | undefined> = { travel: undefined, funding: '2 6', recruitment: '10 6', return: '14 4 2 4' };

/** The basemap's status is the app map's concern; the editor's map does without it. */
function ignoreStatus() {}

/** What the map shows and whom it tells. */
export interface DraftMapProps {
  state: DraftState;
  dispatch: Dispatch<DraftAction>;
  basemap?: EditorBasemap | undefined;
  onStatus: (message: string) => void;
}

/** The map and its toolbar. */
export function DraftMap({ state, dispatch, basemap: Basemap, onStatus }: DraftMapProps) {
  const [adding, setAdding] = useState(false);
  const shown = state.places.filter((place) => place.status !== 'dropped');
  const byId = new Map(state.places.map((place) => [place.id, place]));
  // Esc leaves the mode and keeps the editor open (it closed the whole editor).
  useEscape(ESCAPE_LEVELS.inDialog, adding, function stopAdding() {
    setAdding(false);
    onStatus('Stopped adding a place.');
    return 'handled';
  });
  function toggleAdding() {
    onStatus(adding ? 'Stopped adding a place.' : 'Adding a place: click the map where it is, or move the map with the arrow keys and press Enter at the cross.');
    setAdding(!adding);
  }
  function add(coordinates: [number, number], how: 'click' | 'cross') {
    setAdding(false);
    dispatch({ type: 'add-place', coordinates });
    onStatus(`Added a place ${how === 'click' ? 'where you clicked' : 'at the cross'}: give it a name and link its sentences.`);
  }
  return (
    <div className={adding ? 'draft-map-area is-adding' : 'draft-map-area'}>
      <div className="draft-map-tools">
        <button type="button" className="text-button" aria-pressed={adding} disabled={!state.article} onClick={toggleAdding}>
          Add a place on the map
        </button>
        <span className="story-help" aria-live="polite">
          {adding
            ? 'Click the map where the place is, or move the map with the arrow keys and press Enter to add it at the cross. Esc stops.'
            : 'Drag a marker to move its place. Hollow markers are proposed, filled ones accepted.'}
        </span>
      </div>
      <MapContainer className="draft-map" center={DRAFT_MAP_DEFAULTS.center} zoom={DRAFT_MAP_DEFAULTS.zoom} minZoom={DRAFT_MAP_DEFAULTS.minZoom} maxZoom={DRAFT_MAP_DEFAULTS.maxZoom} worldCopyJump={false}>
        {Basemap && (
          <Suspense fallback={null}>
            <Basemap onStatus={ignoreStatus} />
          </Suspense>
        )}
        <NameTheMap name="Map of the draft" />
        <FitDraft article={state.article} places={shown} />
        <PanToSelected place={byId.get(state.selectedId ?? '')} />
        <AddOnClick active={adding} onAdd={add} />
        {state.flows.map((flow) => {
          const from = byId.get(flow.from);
          const to = byId.get(flow.to);
          if (!from || !to) return null;
          const positions: [number, number][] = [from, to].map(({ coordinates: [lon, lat] }) => [lat, lon]);
          const selected = flow.id === state.selectedId;
          return (
            <Polyline
              key={`${flow.id}:${flow.flow}:${selected}`}
              positions={positions}
              pathOptions={{ color: '#6a1b9a', weight: selected ? 5 : 3, dashArray: FLOW_DASHES[flow.flow] }}
              eventHandlers={{ click: () => dispatch({ type: 'select', id: flow.id }) }}
            />
          );
        })}
        {shown.map((place) => (
          <DraftMarker key={`${place.id}:${shownName(place)}:${place.status}`} place={place} selected={place.id === state.selectedId} dispatch={dispatch} />
        ))}
      </MapContainer>
    </div>
  );
}
