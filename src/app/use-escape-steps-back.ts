/** The page's Esc key: what it closes, or where it sends focus, with a passage open or the sheet raised. */
import type { Dispatch, RefObject } from 'react';
import type { AppAction, AppState } from './app-state.ts';
import { ESCAPE_LEVELS, useEscape } from '../ui/escape-stack.ts';

/**
 * Esc steps back one thing at a time: from the sidebar, with a passage open, it lowers the sheet and
 * goes to the passage's "Read in the article"; elsewhere it closes the passage; with none open, it
 * lowers the sheet. The outermost of the page's Escapes (ui/escape-stack.ts): menus, the key, a
 * tooltip and the tour take Esc first.
 */
export function useEscapeStepsBack(
  state: Pick<AppState, 'selectedId' | 'sheetOpen'>,
  dispatch: Dispatch<AppAction>,
  closePassage: () => void,
  readButtonRef: RefObject<HTMLButtonElement | null>,
): void {
  const { selectedId, sheetOpen } = state;
  useEscape(ESCAPE_LEVELS.page, true, function escapeStepsBack() {
    const inSidebar = document.activeElement?.closest('.sidebar');
    if (selectedId && inSidebar && readButtonRef.current) {
      dispatch({ type: 'set-sheet', open: false });
      readButtonRef.current.focus();
      return 'handled';
    }
    if (selectedId) {
      closePassage();
      return 'handled';
    }
    if (sheetOpen) {
      dispatch({ type: 'set-sheet', open: false });
      return 'handled';
    }
    return 'pass';
  });
}
