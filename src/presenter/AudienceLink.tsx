/**
 * The class's window's end of the link to the presenter window: both follow one stop, and screen requests and
 * ink come across.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { FullscreenNotice, useFullscreenRequest } from './FullscreenNotice.tsx';
import type { PresenterWindow } from './use-presenter-window.ts';
import { useWindowLink } from './use-window-link.ts';
import type { LinkMessage } from './window-link.ts';

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
 * same stop (whichever moves, the other follows), carries out the presenter's requests for the screen,
 * and brings the presenter's ink to the map. Draws nothing but the notice of a full screen refused, so
 * that what the link hears renders only here, not the page.
 */
export function AudienceLink({ tour, presenter }: { tour: AudienceTour; presenter: PresenterWindow }) {
  const latest = useRef(tour);
  latest.current = tour;
  const fullscreen = useFullscreenRequest();
  const onHear = useCallback(
    (message: LinkMessage) => {
      if (message.type === 'ink') presenter.wire.deliver(message.action);
      if (message.type !== 'screen' || latest.current.stop === null) return;
      if (message.command === 'fullscreen') fullscreen.toggle();
      else if (message.command === 'blank' || latest.current.blank) latest.current.toggle('blank');
    },
    [presenter.wire, fullscreen],
  );
  const { link, go, setBlank } = useWindowLink('audience', tour.stop, onHear, presenter.popup);
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
  return fullscreen.refused && stop !== null ? <FullscreenNotice onClose={fullscreen.dismiss} /> : null;
}
