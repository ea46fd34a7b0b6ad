/** Whether the page has finished hydrating: what only a browser can draw, such as the map, waits for it. */
import { startTransition, useEffect, useState } from 'react';

/**
 * False while the page is rendered at build time and while the browser hydrates that markup; true
 * after. What only a browser can draw (the map) waits for it, so that hydration matches the markup.
 * Not after a further paint: the prerendered page was laid out and painted before the script ran
 * (it starts after the first paint), and hydrating it changes nothing there, so the map, which
 * measures its box as it is made, finds it laid out already; a frame's wait only held the map back.
 *
 * Not `useSyncExternalStore` with a different server snapshot: React then re-renders the whole page
 * at once, as urgent work, right after hydration (about 150 ms on a slow phone at 4x CPU). As a
 * transition, that render is done a few milliseconds at a time.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(function markHydrated() {
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
