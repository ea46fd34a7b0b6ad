/**
 * The presenter window's end of the link to the class's window: the shared stop and ink, and its address kept
 * on the stop.
 */
import { useCallback, useEffect } from 'react';
import { presenterHash } from './presenter-route.ts';
import { useWindowLink } from './use-window-link.ts';
import type { InkAction, InkState } from '../ui/ink.ts';
import type { ScreenCommand, SharedTour } from './window-link.ts';

/** The presenter window's hold on the tour. */
export interface PresenterLink {
  tour: SharedTour;
  /** When the audience window last spoke, in ms since 1970; `null` if it has not, or has closed. */
  heardAt: number | null;
  /** What is drawn on the class's map at this stop, in either window. */
  ink: InkState;
  /** Draws in this window; the audience window mirrors it. */
  draw: (action: InkAction) => void;
  /** Moves both windows to a stop, kept within the tour. */
  go: (stop: number) => void;
  /** Asks something of the audience's screen. */
  screen: (command: ScreenCommand) => void;
}

/**
 * The presenter window's end of the link. Its address follows the stop (`#/presenter/7`, replacing the
 * history entry), so that a reload opens where it was, and then the audience window's state wins.
 */
export function usePresenterLink(initialStop: number, stops: number): PresenterLink {
  const { link, go, screen, ink } = useWindowLink('presenter', initialStop);
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
  return { tour: link.tour, heardAt: link.heardAt, ink: link.ink, draw: ink, go: goWithin, screen };
}
