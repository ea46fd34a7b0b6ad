/**
 * The one home of what the reader is looking at: the selected feature, whether the article reader is
 * open, and whether online tiles are on. Pure, so it is tested without a DOM.
 */

/** What the reader is looking at. */
export interface AppState {
  /** The feature whose passage is open, if any. */
  selectedId: string | null;
  /** Whether the whole article is shown in place of the passage. */
  readerOpen: boolean;
  /** Whether OpenStreetMap tiles are drawn over the embedded basemap. */
  onlineTiles: boolean;
}

export type AppAction =
  | { type: 'select'; id: string }
  | { type: 'close' }
  | { type: 'open-reader' }
  | { type: 'close-reader' }
  | { type: 'set-online-tiles'; on: boolean };

/** The state of a fresh page: nothing selected, the embedded basemap only. */
export const INITIAL_STATE: AppState = { selectedId: null, readerOpen: false, onlineTiles: false };

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'select':
      return { ...state, selectedId: action.id, readerOpen: false };
    case 'close':
      return { ...state, selectedId: null, readerOpen: false };
    case 'open-reader':
      return state.selectedId === null ? state : { ...state, readerOpen: true };
    case 'close-reader':
      return { ...state, readerOpen: false };
    case 'set-online-tiles':
      return { ...state, onlineTiles: action.on };
  }
}
