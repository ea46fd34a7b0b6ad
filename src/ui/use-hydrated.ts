/** Whether the page has finished hydrating: what only a browser can draw, such as the map, waits for it. */
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './time-slice.ts';

/**
 * False while the page is rendered at build time and while the browser hydrates that markup; true
 * after, once the hydrated page has been painted. What only a browser can draw (the map) waits for it,
 * so that hydration matches the markup, and so that the map, which measures its box as it is made,
 * finds the page already laid out rather than forcing that layout in the middle of its own task.
 *
 * Not `useSyncExternalStore` with a different server snapshot: React then re-renders the whole page
 * at once, as urgent work, right after hydration (about 150 ms on a slow phone at 4x CPU). As a
 * transition, that render is done a few milliseconds at a time.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(function markHydrated() {
    return afterNextPaint(() => startTransition(() => setHydrated(true)));
  }, []);
  return hydrated;
}
