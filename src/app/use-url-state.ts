/**
 * Makes every view a link: the URL hash follows the app's state, and back, forward or a pasted link set the
 * state.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import { routeOf, type AppAction, type AppState } from './app-state.ts';
import { hashFromRoute, routeFromHash } from './route.ts';
import { afterNextPaint } from '../ui/time-slice.ts';

/**
 * Mirrors the state in the URL hash. Choosing a place, or a tour stop, adds a history entry, so that
 * the back button returns to the previous one; other changes (layers, timeline, closing) replace the current entry.
 * Navigating (back, forward, a pasted link) loads the route into the state.
 */
export function useUrlState(state: AppState, dispatch: Dispatch<AppAction>): void {
  const hash = hashFromRoute(routeOf(state));
  const firstWrite = useRef(true);

  useEffect(
    function writeUrl() {
      // After the frame that shows the change: a new history entry costs the browser a few
      // milliseconds, which the frame that answers a click need not wait for.
      return afterNextPaint(() => {
        const first = firstWrite.current;
        firstWrite.current = false;
        if (window.location.hash === hash) return;
        const current = routeFromHash(window.location.hash);
        const choosesPlace =
          (state.selectedId !== null && state.selectedId !== current.place) || (state.tourStop !== null && state.tourStop !== current.tourStop);
        const url = `${window.location.pathname}${window.location.search}${hash}`;
        // The page's first write only tidies the URL it was opened with: no new history entry.
        if (choosesPlace && !first) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      });
    },
    [hash, state.selectedId, state.tourStop],
  );

  useEffect(
    function readUrlOnNavigation() {
      function onNavigate() {
        dispatch({ type: 'load-route', route: routeFromHash(window.location.hash) });
      }
      window.addEventListener('popstate', onNavigate);
      window.addEventListener('hashchange', onNavigate);
      return function stopReading() {
        window.removeEventListener('popstate', onNavigate);
        window.removeEventListener('hashchange', onNavigate);
      };
    },
    [dispatch],
  );
}
