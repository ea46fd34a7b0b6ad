/**
 * What lies over the map (the passage or tour panel, the key): App knows, the story map passes it on,
 * and the framing measures it when the camera moves.
 */
import { createContext } from 'react';

/** The map event fired when something inside the map starts or stops covering part of it (the off-view marks). */
export const COVERINGS_CHANGE = 'coveringschange';

/** Gives the elements that cover the map now; provided by the story map. */
export const CoveringsContext = createContext<() => readonly (HTMLElement | null)[]>(() => []);

/** The map's own overlays, inside its container: its controls and the list of places beyond the view. */
export const MAP_CONTROLS = '.leaflet-control, .beyond-view';
