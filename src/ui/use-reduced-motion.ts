/**
 * The reader's reduced-motion setting, for the map's flights and the article's scrolling, which then jump
 * rather than glide.
 */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return function unsubscribe() {
    media.removeEventListener('change', onChange);
  };
}

/** Whether the system asks for reduced motion; follows the setting live. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(QUERY).matches, () => false);
}
