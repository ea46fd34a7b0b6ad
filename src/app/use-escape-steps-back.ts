/** The page's Esc key: what it closes, or where it sends focus, with a passage open or the sheet raised. */
import { useEffect, type Dispatch, type RefObject } from 'react';
import type { AppAction, AppState } from './app-state.ts';

/**
 * Esc steps back one thing at a time: from the sidebar, with a passage open, it lowers the sheet and
 * goes to the passage's "Read in the article"; elsewhere it closes the passage; with none open, it
 * lowers the sheet.
 */
export function useEscapeStepsBack(
  state: Pick<AppState, 'selectedId' | 'sheetOpen'>,
  dispatch: Dispatch<AppAction>,
  closePassage: () => void,
  readButtonRef: RefObject<HTMLButtonElement | null>,
): void {
  const { selectedId, sheetOpen } = state;
  useEffect(
    function escapeStepsBack() {
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        const inSidebar = document.activeElement?.closest('.sidebar');
        if (selectedId && inSidebar && readButtonRef.current) {
          event.preventDefault();
          dispatch({ type: 'set-sheet', open: false });
          readButtonRef.current.focus();
        } else if (selectedId) {
          event.preventDefault();
          closePassage();
        } else if (sheetOpen) {
          dispatch({ type: 'set-sheet', open: false });
        }
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [selectedId, sheetOpen, dispatch, closePassage, readButtonRef],
  );
}
