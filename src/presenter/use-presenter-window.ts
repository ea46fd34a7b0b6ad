import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { presenterUrl } from './presenter-route.ts';

/** The window name of the presenter view: opening it again finds the same window. */
const PRESENTER_WINDOW = 'story-map-presenter';
const PRESENTER_FEATURES = 'popup,width=1280,height=800';

/** Targets that keep P for themselves. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

/** The audience window's way to the presenter window. */
export interface PresenterWindow {
  /** Opens the presenter view at the current stop, or brings it to the front. */
  open: () => void;
  /** The presenter window once opened here; the link (`AudienceLink`) talks to it. */
  popup: RefObject<Window | null>;
}

/**
 * Opens the presenter view in a second window of the same page (served or a file on disk), from the
 * tour's button or with P while presenting. Holds no state: the audience's page does not render again.
 */
export function usePresenterWindow(stop: number | null): PresenterWindow {
  const popup = useRef<Window | null>(null);
  const at = useRef(stop);
  at.current = stop;
  const open = useCallback(() => {
    popup.current = window.open(presenterUrl(window.location.href, at.current ?? 1), PRESENTER_WINDOW, PRESENTER_FEATURES);
    popup.current?.focus();
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
  return { open, popup };
}
