/**
 * Holds back a changing value until it settles, for live regions (the places list's count) that should not
 * speak at every key.
 */
import { useEffect, useState } from 'react';

/** How long a value must stay the same before it counts as settled: a pause between typed words. */
export const SETTLE_MS = 500;

/**
 * `value` once it has stayed the same for `delayMs`: what a live region should say, so that a screen
 * reader hears the count when the reader stops typing, not after every key.
 */
export function useSettled<T>(value: T, delayMs = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleAfterAPause() {
      const timer = window.setTimeout(() => setSettled(value), delayMs);
      return function cancelSettling() {
        window.clearTimeout(timer);
      };
    },
    [value, delayMs],
  );
  return settled;
}
