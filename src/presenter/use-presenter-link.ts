import { useCallback, useEffect } from 'react';
import { presenterHash } from './presenter-route.ts';
import { useWindowLink } from './use-window-link.ts';
import type { InkState } from '../ui/ink.ts';
import type { SharedTour } from './window-link.ts';

/** The presenter window's hold on the tour. */
export interface PresenterLink {
  tour: SharedTour;
  /** When the audience window last spoke, in ms since 1970; `null` if it has not, or has closed. */
  heardAt: number | null;
  /** What the audience window has drawn on its map at this stop. */
  ink: InkState;
  /** Moves both windows to a stop, kept within the tour. */
  go: (stop: number) => void;
  /** Asks the audience's screen to blank (or come back), or to enter (or leave) full screen. */
  screen: (command: 'blank' | 'fullscreen') => void;
}

/**
 * The presenter window's end of the link. Its address follows the stop (`#/presenter/7`, replacing the
 * history entry), so that a reload opens where it was, and then the audience window's state wins.
 */
export function usePresenterLink(initialStop: number, stops: number): PresenterLink {
  const { link, go, screen } = useWindowLink('presenter', initialStop);
  const stop = link.tour.stop;

  useEffect(
    function mirrorTheStopInTheAddress() {
      if (stop === null) return;
      const hash = presenterHash(stop);
      if (window.location.hash !== hash) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
    },
    [stop],
  );

  const goWithin = useCallback((to: number) => go(Math.min(Math.max(1, Math.round(to)), Math.max(1, stops))), [go, stops]);
  return { tour: link.tour, heardAt: link.heardAt, ink: link.ink, go: goWithin, screen };
}
