/**
 * The one home of what the reader is looking at: the selection, the layers and the timeline, the
 * sidebar, and whether online tiles are on. Pure, so it is tested without a DOM; the part a link
 * should reproduce is mirrored in the URL (`route.ts`).
 */
import type { LayerId } from '../story/schema.ts';
import type { Month } from '../story/visibility.ts';
import { HOME_ROUTE, normalizeLayers, type Route } from './route.ts';
import type { TourAction } from '../tour/use-presentation.ts';

/** What the sidebar shows: the whole article or the list of places. */
export type SidebarTab = 'article' | 'places';

/** What the reader is looking at. */
export interface AppState {
  /** The feature whose passage is open, if any. */
  selectedId: string | null;
  /** Features shown along with the selection: those that share the sentence the reader chose. */
  relatedIds: string[];
  hiddenLayers: LayerId[];
  /** The timeline's month: dated features after it are hidden; `null` shows all. */
  until: Month | null;
  /** Whether OpenStreetMap tiles are drawn over the embedded basemap. */
  onlineTiles: boolean;
  tab: SidebarTab;
  /**
   * The words typed in the places filter: while the Places tab is chosen, the map too shows only the
   * places they match. Not in the URL: it is a way to find places, not a view to link to.
   */
  placesFilter: string;
  /** On a phone, whether the article and places sheet is raised. */
  sheetOpen: boolean;
  /** Whether the sheet was raised when the passage open now was chosen: closing it raises the sheet again. */
  sheetBeforePassage: boolean;
  /** While presenting the tour, its stop, from 1; `null` otherwise. */
  tourStop: number | null;
}

export type AppAction =
  | { type: 'select'; id: string; related?: string[] }
  | { type: 'close' }
  | { type: 'read-article' }
  | { type: 'set-tab'; tab: SidebarTab }
  | { type: 'set-sheet'; open: boolean }
  | { type: 'set-places-filter'; filter: string }
  | { type: 'set-layer'; layer: LayerId; visible: boolean }
  | { type: 'set-until'; until: Month | null }
  | { type: 'set-online-tiles'; on: boolean }
  | { type: 'load-route'; route: Route }
  | TourAction;

/** The state of a fresh page: nothing selected, everything shown, the embedded basemap only. */
export const INITIAL_STATE: AppState = {
  selectedId: null,
  relatedIds: [],
  hiddenLayers: [],
  until: null,
  onlineTiles: false,
  tab: 'article',
  placesFilter: '',
  sheetOpen: false,
  sheetBeforePassage: false,
  tourStop: null,
};

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'select':
      // On a phone the sheet lowers, so that the chosen place's passage has the room to be read.
      return {
        ...state,
        selectedId: action.id,
        relatedIds: (action.related ?? []).filter((id) => id !== action.id),
        sheetOpen: false,
        sheetBeforePassage: state.selectedId === null ? state.sheetOpen : state.sheetBeforePassage,
      };
    case 'close':
      // A place chosen from the raised sheet (the Places list): its passage closed, the list is back.
      return { ...state, selectedId: null, relatedIds: [], sheetOpen: state.sheetOpen || state.sheetBeforePassage, sheetBeforePassage: false };
    case 'read-article':
      return { ...state, tab: 'article', sheetOpen: true };
    case 'set-tab':
      return { ...state, tab: action.tab, sheetOpen: true };
    case 'set-sheet':
      return { ...state, sheetOpen: action.open };
    case 'set-places-filter':
      return { ...state, placesFilter: action.filter };
    case 'set-layer': {
      const others = state.hiddenLayers.filter((layer) => layer !== action.layer);
      return { ...state, hiddenLayers: normalizeLayers(action.visible ? others : [...others, action.layer]) };
    }
    case 'set-until':
      return { ...state, until: action.until };
    case 'set-online-tiles':
      return { ...state, onlineTiles: action.on };
    case 'load-route': {
      const { place, hiddenLayers, until, tourStop } = action.route;
      if (tourStop !== null) return { ...state, selectedId: null, relatedIds: [], tourStop };
      const sameSelection = place === state.selectedId;
      return { ...state, selectedId: place, relatedIds: sameSelection ? state.relatedIds : [], hiddenLayers, until, tourStop: null };
    }
    case 'tour-go':
      return { ...state, selectedId: null, relatedIds: [], tourStop: Math.min(Math.max(1, Math.round(action.stop)), action.stops) };
    case 'tour-exit':
      return { ...state, tourStop: null };
  }
}

/** The part of the state that the URL holds. */
export function routeOf(state: AppState): Route {
  if (state.tourStop !== null) return { ...HOME_ROUTE, tourStop: state.tourStop };
  return { ...HOME_ROUTE, place: state.selectedId, hiddenLayers: state.hiddenLayers, until: state.until };
}
