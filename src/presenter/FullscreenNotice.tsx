/**
 * Full screen for the class's window when the presenter window asks for it, and the notice shown there when
 * the browser refuses.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';

/** The audience window's full screen, asked for by the presenter window, and whether it was refused. */
export interface FullscreenRequest {
  /** The last request was refused, and full screen has not been entered since. */
  refused: boolean;
  /** Enters full screen, or leaves it. */
  toggle: () => void;
  dismiss: () => void;
}

/**
 * Full screen for the audience window on the presenter's request. A browser lets a window go full
 * screen only during a key press or click in that window. Served, the presenter window lends its key
 * press with the request (Chromium's capability delegation); other browsers, and any browser with the
 * map opened from a file on disk (whose windows have no origin to lend to), refuse: then the class
 * window says how to do it there.
 */
export function useFullscreenRequest(): FullscreenRequest {
  const [refused, setRefused] = useState(false);
  useEffect(function forgetTheRefusalOnceFullScreen() {
    function onChange() {
      if (document.fullscreenElement) setRefused(false);
    }
    document.addEventListener('fullscreenchange', onChange);
    return function stopFollowing() {
      document.removeEventListener('fullscreenchange', onChange);
    };
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    const request = document.documentElement.requestFullscreen?.();
    if (!request) setRefused(true);
    else request.catch(() => setRefused(true));
  }, []);
  const dismiss = useCallback(() => setRefused(false), []);
  return useMemo(() => ({ refused, toggle, dismiss }), [refused, toggle, dismiss]);
}

/** Said on the class screen when the presenter's request for full screen was refused. */
export function FullscreenNotice({ onClose }: { onClose: () => void }) {
  return (
    <div className="fullscreen-notice" role="alert">
      <p>
        <strong>Press F here for full screen.</strong> The browser lets only this window make itself full screen: a key or a click here.
      </p>
      <button type="button" className="text-button" onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}>
        Full screen
      </button>
      <button type="button" className="text-button" onClick={onClose}>
        Not now
      </button>
    </div>
  );
}
