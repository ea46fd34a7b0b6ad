import { useEffect, useRef } from 'react';
import { tourCommand, type TourCommand } from './tour-keys.ts';

/** How long typed digits wait for Enter, in milliseconds. */
const DIGIT_TIMEOUT_MS = 2500;
/** Pixels a finger must travel sideways for a swipe. */
const SWIPE_PX = 60;

/** Controls that keep Enter and Space for themselves. */
const OWN_KEYS = 'button, a[href], input, select, textarea, [role="button"], [role="tab"]';

/**
 * While presenting, turns keys and sideways swipes (off the map) into tour commands. While the screen is blank, any
 * key only brings it back. Listens in the capture phase so that the map does not also pan.
 */
export function useTourKeys(active: boolean, blank: boolean, onCommand: (command: TourCommand) => void): void {
  const digits = useRef('');
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(onCommand);
  latest.current = onCommand;

  useEffect(
    function listenToKeysAndSwipes() {
      if (!active) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (blank) {
          event.preventDefault();
          event.stopPropagation();
          latest.current({ type: 'blank' });
          return;
        }
        const target = event.target instanceof Element ? event.target : null;
        if ((event.key === 'Enter' || event.key === ' ') && !digits.current && target?.closest(OWN_KEYS)) return;
        if (event.key === 'Backspace' && target?.closest('input, textarea')) return;
        const command = tourCommand(event.key, digits.current);
        if (!command) return;
        event.preventDefault();
        event.stopPropagation();
        window.clearTimeout(timer.current);
        if (command.type === 'digit') {
          digits.current += command.digit;
          timer.current = window.setTimeout(() => (digits.current = ''), DIGIT_TIMEOUT_MS);
          return;
        }
        digits.current = '';
        latest.current(command);
      }
      let startX: number | null = null;
      function onTouchStart(event: TouchEvent) {
        // A swipe on the map pans the map; elsewhere it turns the page.
        const onMap = event.target instanceof Element && event.target.closest('.leaflet-container');
        startX = event.touches.length === 1 && !onMap ? (event.touches[0]?.clientX ?? null) : null;
      }
      function onTouchEnd(event: TouchEvent) {
        const endX = event.changedTouches[0]?.clientX;
        if (startX === null || endX === undefined) return;
        const dx = endX - startX;
        startX = null;
        if (Math.abs(dx) >= SWIPE_PX) latest.current({ type: dx < 0 ? 'next' : 'previous' });
      }
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('touchstart', onTouchStart, { passive: true });
      document.addEventListener('touchend', onTouchEnd, { passive: true });
      return function stopListening() {
        window.clearTimeout(timer.current);
        document.removeEventListener('keydown', onKeyDown, true);
        document.removeEventListener('touchstart', onTouchStart);
        document.removeEventListener('touchend', onTouchEnd);
      };
    },
    [active, blank],
  );
}
