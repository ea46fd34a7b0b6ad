/** The tour's keys and swipes while presenting, including a stop's number typed to jump to it. */
import { useEffect, useRef, useState } from 'react';
import { nextDigits } from './jump-digits.ts';
import { tourCommand, type TourCommand } from './tour-keys.ts';
import { ESCAPE_LEVELS, useEscape } from '../ui/escape-stack.ts';

/** How long typed digits wait for Enter (or the next digit), in milliseconds: a pause clears them. */
const DIGIT_TIMEOUT_MS = 2500;
/** Pixels a finger must travel sideways for a swipe. */
const SWIPE_PX = 60;

/** Commands that only edit the typed digits. */
const DIGIT_COMMANDS = new Set<TourCommand['type']>(['digit', 'erase', 'clear']);

/** Controls that keep Enter and Space for themselves. */
const OWN_KEYS = 'button, a[href], input, select, textarea, [role="button"], [role="tab"]';

/**
 * While presenting, turns keys and sideways swipes (off the map) into tour commands. While the screen is blank, any
 * key only brings it back. Listens in the capture phase so that the map does not also pan. Returns the
 * digits of a jump typed so far ("1" of "12"), for the panel to show until Enter, Esc or a pause.
 */
export function useTourKeys(active: boolean, blank: boolean, stops: number, onCommand: (command: TourCommand) => void): string {
  const [typed, setTyped] = useState('');
  const digits = useRef('');
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(onCommand);
  latest.current = onCommand;
  const stopCount = useRef(stops);
  stopCount.current = stops;
  // Esc comes by the page's one Escape (ui/escape-stack.ts), after the ink's tool and a tooltip: it
  // clears typed digits, brings back a blank screen, or ends the tour.
  const press = useRef<((event: KeyboardEvent) => void) | null>(null);
  useEscape(ESCAPE_LEVELS.tour, active, function escapeTheTour(event) {
    press.current?.(event);
    return 'handled';
  });

  useEffect(
    function listenToKeysAndSwipes() {
      if (!active) return undefined;
      function setDigits(next: string) {
        digits.current = next;
        setTyped(next);
      }
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'Escape') handleKey(event);
      }
      function handleKey(event: KeyboardEvent) {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        if (blank) {
          setDigits('');
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
        setDigits(nextDigits(digits.current, command, stopCount.current));
        if (digits.current) timer.current = window.setTimeout(() => setDigits(''), DIGIT_TIMEOUT_MS);
        if (!DIGIT_COMMANDS.has(command.type)) latest.current(command);
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
      press.current = handleKey;
      document.addEventListener('keydown', onKeyDown, true);
      document.addEventListener('touchstart', onTouchStart, { passive: true });
      document.addEventListener('touchend', onTouchEnd, { passive: true });
      return function stopListening() {
        window.clearTimeout(timer.current);
        setDigits('');
        press.current = null;
        document.removeEventListener('keydown', onKeyDown, true);
        document.removeEventListener('touchstart', onTouchStart);
        document.removeEventListener('touchend', onTouchEnd);
      };
    },
    [active, blank],
  );
  return typed;
}
