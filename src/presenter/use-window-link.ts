/**
 * The message link between the class's window and the presenter window, used by both: each change, a
 * heartbeat each second, a goodbye on close.
 */
import { useCallback, useEffect, useReducer, useRef, type RefObject } from 'react';
import type { InkAction } from '../ui/ink.ts';
import { postToWindow } from './post-to-window.ts';
import { initialLink, linkMessage, linkReducer, parseLinkMessage, type LinkAction, type LinkMessage, type LinkRole, type ScreenCommand, type LinkState } from './window-link.ts';

/** How often each window tells the other its state, so that a reloaded window is found again (ms). */
export const HEARTBEAT_MS = 1000;

/** A window's end of the link: the shared state, and what this window can do to it. */
export interface WindowLink {
  link: LinkState;
  /** This window moved to `stop`; the other follows. */
  go: (stop: number | null) => void;
  /** The audience's screen was blanked or brought back (the audience window only). */
  setBlank: (blank: boolean) => void;
  /** Asks something of the audience's screen (the presenter window only). */
  screen: (command: ScreenCommand) => void;
  /** This window drew: its own ink changes, and the other window's mirrors it. */
  ink: (action: InkAction) => void;
}

/**
 * Whether `source` is the other window of this presentation: the window that opened this one, or one
 * that this one opened. `file://` pages have no origin to compare; window references they do have,
 * and `opener` is one of the few properties readable across origins. A reloaded window keeps both.
 */
function isKin(source: MessageEventSource | null): source is Window {
  if (source === null || source === window) return false;
  try {
    return source === window.opener || (source as Window).opener === window;
  } catch {
    return false;
  }
}

/**
 * One window's end of the presentation link: listens to the other window (checked: kin, and a message
 * of ours), tells it of each of its own changes at once and of its whole state every second (which
 * finds a reloaded window again), and says goodbye when it closes or reloads. `onHear` hears each of
 * the other window's messages, after the link's own state has taken it in.
 */
export function useWindowLink(
  role: LinkRole,
  initialStop: number | null,
  onHear?: (message: LinkMessage) => void,
  /** The other window, where this one opened it; then whichever kin window spoke last. */
  peerRef?: RefObject<Window | null>,
): WindowLink {
  const [link, dispatch] = useReducer(linkReducer, null, () => initialLink(role, initialStop, Date.now()));
  const ownPeer = useRef<Window | null>(null);
  const peer = peerRef ?? ownPeer;
  const latest = useRef({ link, onHear });
  latest.current = { link, onHear };

  const peers = useCallback((): Window[] => {
    const candidates = [window.opener as Window | null, peer.current];
    return candidates.filter((w, i): w is Window => w !== null && !w.closed && candidates.indexOf(w) === i);
  }, [peer]);
  const sendState = useCallback(() => {
    for (const target of peers()) postToWindow(target, linkMessage(role, { type: 'state', tour: latest.current.link.tour }));
  }, [peers, role]);

  useEffect(
    function listenToTheOtherWindow() {
      function onMessage(event: MessageEvent) {
        if (!isKin(event.source)) return;
        const message = parseLinkMessage(event.data);
        if (!message || message.from === role) return;
        const firstContact = latest.current.link.heardAt === null;
        // A window that says goodbye is closing, or reloading (its heartbeat will find this one again).
        peer.current = message.type === 'bye' ? null : event.source;
        dispatch({ type: 'receive', message, now: Date.now() });
        latest.current.onHear?.(message);
        if (firstContact && message.type === 'state') postToWindow(event.source, linkMessage(role, { type: 'state', tour: latest.current.link.tour }));
      }
      function onPageHide() {
        for (const target of peers()) postToWindow(target, linkMessage(role, { type: 'bye' }));
      }
      window.addEventListener('message', onMessage);
      window.addEventListener('pagehide', onPageHide);
      const heartbeat = window.setInterval(sendState, HEARTBEAT_MS);
      return function stopListening() {
        window.removeEventListener('message', onMessage);
        window.removeEventListener('pagehide', onPageHide);
        window.clearInterval(heartbeat);
      };
    },
    [role, peer, peers, sendState],
  );

  /** This window's own change: the other window hears of it at once, before this one renders it. */
  const act = useCallback(
    (action: LinkAction) => {
      const before = latest.current.link;
      const after = linkReducer(before, action);
      if (after === before) return;
      latest.current.link = after;
      sendState();
      dispatch(action);
    },
    [sendState],
  );
  const go = useCallback((stop: number | null) => act({ type: 'go', stop, now: Date.now() }), [act]);
  const setBlank = useCallback((blank: boolean) => act({ type: 'blank', blank }), [act]);
  const screen = useCallback(
    (command: ScreenCommand) => {
      for (const target of peers()) postToWindow(target, linkMessage(role, { type: 'screen', command }), command === 'fullscreen');
    },
    [peers, role],
  );
  const ink = useCallback(
    (action: InkAction) => {
      dispatch({ type: 'ink', action });
      for (const target of peers()) postToWindow(target, linkMessage(role, { type: 'ink', action }));
    },
    [peers, role],
  );
  return { link, go, setBlank, screen, ink };
}
