/**
 * Runs a tour for the page: the current stop, its keys and swipes, the blank screen, full screen and the Tab
 * order.
 */
import { useCallback, useEffect, useState, type Dispatch, type RefObject } from 'react';
import type { Tour, TourStop } from '../story/schema.ts';
import { targetStop, type TourCommand } from './tour-keys.ts';
import { useTourKeys } from './use-tour-keys.ts';
import { useTourTabRing } from './use-tour-tab-ring.ts';
import { useResumeStop } from './resume-stop.ts';

/** What the page needs to present the tour. */
export interface Presentation {
  /** The stop shown, if presenting. */
  stop: TourStop | undefined;
  stops: number;
  blank: boolean;
  fullscreen: boolean;
  /** The digits of a jump typed so far, shown until Enter, Esc or a pause. */
  typedDigits: string;
  go: (stop: number) => void;
  /** The stop Present starts from: where the tour was left mid-way, else the first (resume-stop.ts). */
  resumeAt: number;
  command: (command: TourCommand) => void;
  toggleFullscreen: () => void;
}

/** Where Tab goes in the tour: the tour panel, and the map's elements of the stop's places. */
export interface TourTabs {
  panel: RefObject<HTMLElement | null>;
  /** The map's element for a feature, if it draws one (map-handle.ts). */
  places: (id: string) => HTMLElement | SVGElement | undefined;
}

/** What the tour asks of the page's state: go to a stop (of how many), or stop presenting. */
export type TourAction = { type: 'tour-go'; stop: number; stops: number } | { type: 'tour-exit' };

/**
 * Runs the tour: keeps the stop in range, follows full screen, turns keys and swipes into stops,
 * blanks the screen on request, and keeps Tab in the tour. `tourStop` comes from the app state (and
 * so from the URL).
 */
export function usePresentation(tour: Tour | null, loaded: boolean, tourStop: number | null, dispatch: Dispatch<TourAction>, tabs: TourTabs): Presentation {
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const stop = tour && tourStop !== null ? tour.stops[tourStop - 1] : undefined;
  const stops = tour?.stops.length ?? 0;
  useTourTabRing(stop, tabs.panel, tabs.places);

  useEffect(
    function keepStopInRange() {
      if (!loaded || tourStop === null || stop) return;
      if (tour) dispatch({ type: 'tour-go', stop: tourStop, stops: tour.stops.length });
      else dispatch({ type: 'tour-exit' });
    },
    [loaded, tour, stop, tourStop, dispatch],
  );

  useEffect(function followFullscreen() {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.().catch(() => undefined);
  }, []);
  const go = useCallback((to: number) => dispatch({ type: 'tour-go', stop: to, stops }), [dispatch, stops]);
  const command = useCallback(
    (next: TourCommand) => {
      const to = targetStop(next, tourStop ?? 1, stops);
      if (to !== null) return go(to);
      switch (next.type) {
        case 'fullscreen':
          return toggleFullscreen();
        case 'blank':
          return setBlank((b) => !b);
        case 'exit':
          setBlank(false);
          if (document.fullscreenElement) void document.exitFullscreen();
          return dispatch({ type: 'tour-exit' });
        default:
          return undefined;
      }
    },
    [tourStop, stops, go, toggleFullscreen, dispatch],
  );
  const typedDigits = useTourKeys(stop !== undefined, blank, stops, command);
  const resumeAt = useResumeStop(tour ? tourStop : null, stops);
  return { stop, stops, blank, fullscreen, typedDigits, go, resumeAt, command, toggleFullscreen };
}
