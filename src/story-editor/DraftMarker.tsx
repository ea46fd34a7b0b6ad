/**
 * One place of the draft on the editor's map: a marker titled by the place and its status, that opens
 * the place on click and moves it when dragged. Proposed, accepted and chosen differ in
 * shape (hollow, filled, ringed and larger), not in colour alone.
 */
import { divIcon, type DragEndEvent, type Marker as LeafletMarker } from 'leaflet';
import { useMemo, type Dispatch } from 'react';
import { Marker, Tooltip } from 'react-leaflet';
import type { DraftPlace } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { lonLatOf, shownName, STATUS_TEXT } from './place-text.ts';

/** What the marker shows and whom it tells. */
export interface DraftMarkerProps {
  place: DraftPlace;
  selected: boolean;
  dispatch: Dispatch<DraftAction>;
}

/** The marker of one place. */
export function DraftMarker({ place, selected, dispatch }: DraftMarkerProps) {
  const { id, coordinates, status } = place;
  const size = selected ? 30 : 24;
  const icon = useMemo(
    () => divIcon({ className: `draft-marker is-${status}${selected ? ' is-selected' : ''}`, iconSize: [size, size], html: '' }),
    [status, selected, size],
  );
  const handlers = useMemo(
    () => ({
      click: () => dispatch({ type: 'select', id }),
      dragend(event: DragEndEvent) {
        dispatch({ type: 'move', id, coordinates: lonLatOf((event.target as LeafletMarker).getLatLng()) });
        dispatch({ type: 'select', id });
      },
    }),
    [dispatch, id],
  );
  return (
    <Marker
      position={[coordinates[1], coordinates[0]]}
      icon={icon}
      title={`${shownName(place)}: ${STATUS_TEXT[status]}`}
      draggable
      // The pointer's way to a place; the keyboard's is the list, whose name button opens the same place
      // (markers of near places overlap at a low zoom, too close to be separate targets for a finger).
      keyboard={false}
      zIndexOffset={selected ? 1000 : 0}
      eventHandlers={handlers}
    >
      {/* The chosen place's name stays beside it; the others' show on hover and focus. */}
      <Tooltip key={String(selected)} permanent={selected} direction="right" offset={[size / 2, 0]}>
        {shownName(place)}
      </Tooltip>
    </Marker>
  );
}
