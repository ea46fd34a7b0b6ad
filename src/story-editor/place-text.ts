/** How the editor words a place: its coordinates, its status and its layer, as text a screen reader reads too. */
import type { LatLng } from 'leaflet';
import type { Candidate, DraftPlace, PlaceStatus } from './draft-model.ts';

/** `[21.012, 52.23]` → "52.230° N, 21.012° E". */
export function formatCoordinates([lon, lat]: readonly [number, number]): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(3)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** The words for a proposal's status. */
export const STATUS_TEXT: Record<PlaceStatus, string> = { proposed: 'Proposed', accepted: 'Accepted', dropped: 'Dropped' };

/** A candidate as a choice: "Brest, FR (city)". */
export function describeCandidate(candidate: Candidate): string {
  return `${candidate.name}, ${candidate.country} (${candidate.kind})`;
}

/** The place's name on the map and in lists: its label, else its name. */
export const shownName = (place: Pick<DraftPlace, 'label' | 'name'>) => (place.label.trim() === '' ? place.name : place.label);

/** A point of the map as GeoJSON's `[longitude, latitude]`, wrapped into -180..180 and kept to three decimals (about 100 m), as the drafter's are. */
export function lonLatOf(latLng: LatLng): [number, number] {
  const { lat, lng } = latLng.wrap();
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return [round(lng), round(lat)];
}
