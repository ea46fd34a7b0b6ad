/**
 * The connection between the class map's ink and the presenter window: what is drawn here goes out, what is
 * drawn there comes in.
 */
import type { InkAction } from './ink.ts';

/** The line between this window's ink and the other window's: what is drawn here goes out, what is drawn there comes in. */
export interface InkWire {
  /** Sends a change drawn here to the other window. */
  send: (action: InkAction) => void;
  /** Hears each change drawn in the other window, until the returned function is called. */
  listen: (onAction: (action: InkAction) => void) => () => void;
}

/** A wire that sends with `send`, and hands each change given to `deliver` to whoever listens. */
export function createInkWire(send: (action: InkAction) => void): InkWire & { deliver: (action: InkAction) => void } {
  const listeners = new Set<(action: InkAction) => void>();
  return {
    send,
    listen(onAction) {
      listeners.add(onAction);
      return function stopListening() {
        listeners.delete(onAction);
      };
    },
    deliver(action) {
      for (const listener of listeners) listener(action);
    },
  };
}
