/**
 * Which handout the page prints: the places (the default, and what Ctrl+P gives), the places with
 * their fact notes, the tour for the class, or the tour with the teacher's notes. One small store,
 * set by the Print… menu and read by the handout, back to the places once printing is over.
 */
import { useSyncExternalStore } from 'react';

/** The handouts the page can print. */
export type PrintMode = 'places' | 'notes' | 'tour' | 'teacher';

let mode: PrintMode = 'places';
const listeners = new Set<() => void>();

/** Sets the handout to print, and tells the page. */
export function setPrintMode(next: PrintMode): void {
  if (next === mode) return;
  mode = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return function unsubscribe() {
    listeners.delete(listener);
  };
}

const current = () => mode;
const onServer = (): PrintMode => 'places';

/** The handout to print, kept in step with the store. */
export function usePrintMode(): PrintMode {
  return useSyncExternalStore(subscribe, current, onServer);
}
