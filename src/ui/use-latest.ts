/** Lets a listener attached once call the callback of the latest render, without being attached again. */
import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest `value`: for a listener made once (on a Leaflet layer, in
 * memoised markup) that must call the callback of the latest render, without being made anew.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
