/**
 * A value that follows another once the frame after its change is painted: for work that the frame
 * answering a click or a key need not wait for.
 */
import { useEffect, useState } from 'react';
import { afterNextPaint } from './time-slice.ts';

/**
 * `value`, as it was when the last frame was painted: a change reaches it once the frame after the
 * change is painted (the first value at once).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(value));
  }, [shown, value]);
  return shown;
}
