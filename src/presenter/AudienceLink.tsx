import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useWindowLink } from './use-window-link.ts';

/** What the audience window's tour offers the link: where it stands, and how to move it. */
export interface AudienceTour {
  /** The stop shown, from 1, or `null` when not presenting. */
  stop: number | null;
  blank: boolean;
  /** Moves the tour to a stop. */
  go: (stop: number) => void;
  /** Blanks the screen or brings it back; enters or leaves full screen. */
  toggle: (what: 'blank' | 'fullscreen') => void;
}

/**
 * The audience window's end of the presenter view: keeps its tour and the presenter window's on the
 * same stop (whichever moves, the other follows) and carries out the presenter's blank and full-screen
 * requests. A component that draws nothing, so that what the link hears renders only here, not the page.
 */
export function AudienceLink({ tour, popup }: { tour: AudienceTour; popup: RefObject<Window | null> }) {
  const latest = useRef(tour);
  latest.current = tour;
  const onScreen = useCallback((what: 'blank' | 'fullscreen') => {
    if (latest.current.stop !== null) latest.current.toggle(what);
  }, []);
  const { link, go, setBlank } = useWindowLink('audience', tour.stop, onScreen, popup);
  const { stop, blank } = tour;
  const linkStop = link.tour.stop;
  const seen = useRef({ stop, linkStop });

  // At the commit, not after the paint: the presenter window hears of a move as soon as possible.
  useLayoutEffect(
    function keepBothWindowsOnOneStop() {
      const before = seen.current;
      seen.current = { stop, linkStop };
      if (linkStop !== before.linkStop && linkStop !== null && linkStop !== stop) latest.current.go(linkStop);
      else if (stop !== before.stop) go(stop);
    },
    [stop, linkStop, go],
  );

  useEffect(
    function shareTheBlankScreen() {
      setBlank(blank);
    },
    [blank, setBlank],
  );
  return null;
}
