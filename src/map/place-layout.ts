/**
 * Where each place symbol is drawn at a zoom: at its own position, unless that would hide another
 * symbol, in which case it is moved just far enough aside (and a leader line points back).
 */
import type { Map as LeafletMap } from 'leaflet';
import type { LatLngTuple } from 'leaflet';
import { spreadApart } from './spread.ts';

/** A place symbol to lay out: where it is and how big it is drawn. */
export interface PlaceToLay {
  id: string;
  position: LatLngTuple;
  size: number;
}

/** Where a symbol is drawn, and whether it had to move off its true position. */
export interface LaidPlace {
  drawn: LatLngTuple;
  moved: boolean;
}

/** Pixels a symbol may be off its position before a leader line is drawn to it. */
export const LEADER_THRESHOLD_PX = 3;

export function layoutPlaces(map: LeafletMap, places: readonly PlaceToLay[], zoom: number): Map<string, LaidPlace> {
  const points = places.map((place) => map.project(place.position, zoom));
  const spread = spreadApart(
    places.map((place, i) => ({ x: points[i]?.x ?? 0, y: points[i]?.y ?? 0, radius: place.size / 2 })),
  );
  const layout = new Map<string, LaidPlace>();
  places.forEach((place, i) => {
    const to = spread[i];
    const from = points[i];
    if (!to || !from) return;
    const moved = Math.hypot(to.x - from.x, to.y - from.y) > LEADER_THRESHOLD_PX;
    const drawn = moved ? map.unproject([to.x, to.y], zoom) : null;
    layout.set(place.id, { drawn: drawn ? [drawn.lat, drawn.lng] : place.position, moved });
  });
  return layout;
}
