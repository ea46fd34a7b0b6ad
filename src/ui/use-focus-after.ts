/**
 * Returns focus to where a mode was started from, so that leaving the tour or the editor does not drop focus
 * on the page.
 */
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Gives focus to `target` when `active` turns false: the button that opened a mode (the tour, the
 * editor) gets it back when the mode ends, rather than focus falling to the page.
 */
export function useFocusAfter(active: boolean, target: RefObject<HTMLElement | null>): void {
  const wasActive = useRef(active);
  useEffect(
    function focusTheOpenerAfterwards() {
      if (wasActive.current && !active) target.current?.focus();
      wasActive.current = active;
    },
    [active, target],
  );
}
