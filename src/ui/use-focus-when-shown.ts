/**
 * Moves focus into the passage panel (its heading) each time it shows something new, without holding up the
 * frame.
 */
import { useEffect, type RefObject } from 'react';
import { afterNextPaint } from './time-slice.ts';

/**
 * Gives focus to `target` whenever `key` changes (a panel shows something new): just after the frame
 * that shows it, so that the frame answering a click or a key does not wait for the style and layout
 * that focusing forces; but at once if a key is pressed before then, so that the key (Esc, Tab)
 * already acts from the new place. A pointer pressed first cancels it: the reader has moved on.
 */
export function useFocusWhenShown(target: RefObject<HTMLElement | null>, key: unknown): void {
  useEffect(
    function focusOnceShown() {
      let cancelPaint = () => {};
      const stop = () => {
        cancelPaint();
        window.removeEventListener('keydown', focus, true);
        window.removeEventListener('pointerdown', stop, true);
      };
      function focus() {
        stop();
        target.current?.focus();
      }
      // Window's capture phase: before any listener of the document or the page sees the key.
      window.addEventListener('keydown', focus, true);
      window.addEventListener('pointerdown', stop, true);
      cancelPaint = afterNextPaint(focus);
      return stop;
    },
    [target, key],
  );
}
