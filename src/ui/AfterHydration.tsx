/**
 * Holds back what only a browser can draw (the map) until the page has hydrated, with a stand-in until then.
 */
import type { ReactNode } from 'react';
import { useHydrated } from './use-hydrated.ts';

/**
 * `fallback` while the page hydrates, `children` after: what only a browser can draw (the map). Its
 * own component, so that the switch re-renders this alone, not the whole page around it (a render
 * of every panel, on a slow phone, before the first place appears on the map).
 */
export function AfterHydration({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  return useHydrated() ? children : fallback;
}
