import { useSyncExternalStore } from 'react';

function subscribeToNothing(): () => void {
  return function unsubscribe() {};
}

/**
 * False while the page is rendered at build time and while the browser hydrates that markup; true
 * after. What only a browser can draw (the map) waits for it, so that hydration matches the markup.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}
