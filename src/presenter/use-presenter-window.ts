/**
 * Opens the presenter window from the class's window (its button, or P while presenting) and sends it the ink
 * drawn on the map.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { createInkWire } from '../ui/ink-wire.ts';
import { presenterUrl } from './presenter-route.ts';
import { linkMessage } from './window-link.ts';
import { postToWindow } from './post-to-window.ts';

const PRESENTER_FEATURES = 'popup,width=1280,height=800';

/** Targets that keep P for themselves. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** The audience window's way to the presenter window. */
export interface PresenterWindow {
  /** Opens the presenter view at the current stop, or brings it to the front. */
  open: () => void;
  /** The presenter window once opened here, or found by the link (`AudienceLink`) since. */
  popup: RefObject<Window | null>;
  /** Mirrors the ink drawn here in the presenter window, if there is one; `deliver` brings in the presenter's (`AudienceLink`). */
  wire: ReturnType<typeof createInkWire>;
}

/**
 * Opens the presenter view in a second window of the same page (served or a file on disk), or brings
 * it to the front, from the tour's button or with P while presenting. Holds no state: the audience's page does not render again.
 */
export function usePresenterWindow(stop: number | null): PresenterWindow {
  const popup = useRef<Window | null>(null);
  const at = useRef(stop);
  at.current = stop;
  const open = useCallback(() => {
    const existing = popup.current;
    if (existing && !existing.closed) {
      existing.focus();
      return;
    }
    // A new window each time, never one found by name: a window just closed can still answer to its
    // name for a moment, and would swallow the request. A reloaded audience window finds an open
    // presenter window by its heartbeat (within a second), and then P brings that one forward.
    popup.current = window.open(presenterUrl(window.location.href, at.current ?? 1), '_blank', PRESENTER_FEATURES);
  }, []);

  const presenting = stop !== null;
  useEffect(
    function openWithP() {
      if (!presenting) return undefined;
      function onKeyDown(event: KeyboardEvent) {
        if (event.key !== 'p' && event.key !== 'P') return;
        if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
        if (event.target instanceof Element && event.target.closest(TYPING)) return;
        event.preventDefault();
        open();
      }
      document.addEventListener('keydown', onKeyDown);
      return function stopListening() {
        document.removeEventListener('keydown', onKeyDown);
      };
    },
    [presenting, open],
  );
  const [wire] = useState(() =>
    createInkWire((action) => {
      const target = popup.current;
      if (target && !target.closed) postToWindow(target, linkMessage('audience', { type: 'ink', action }));
    }),
  );
  return { open, popup, wire };
}
