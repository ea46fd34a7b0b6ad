import { useLayoutEffect, useState, type RefObject } from 'react';
import { COMPACT_FIT_STEPS, fitClass, fitScale, FIT_STEPS } from './fit-scale.ts';

/**
 * The size is a class (fit-85), to which index.css gives its size in rem: the page's content security
 * policy refuses style attributes, and a class keeps the sizes in the stylesheet.
 */
function setScale(element: HTMLElement, scale: number) {
  element.classList.remove(...[...element.classList].filter((name) => name.startsWith('fit-')));
  element.classList.add(fitClass(scale));
}

/** Whether a box shows all it holds, without scrolling (a pixel of rounding allowed). */
function showsAll(box: HTMLElement): boolean {
  return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
}

/**
 * How a stop fits its box: whole, compact (the quoted sentences only), or not even so, when it
 * scrolls (a phone), a last resort.
 */
export type StopFit = 'whole' | 'compact' | 'scroll';

/**
 * Fits a tour stop to its box, as a clicker cannot scroll: before paint, sets the largest type size at
 * which everything shows. When no size fits the whole paragraphs, asks for the compact passage (the
 * quoted sentences only), which is fitted in turn. Refits when the stop (`content`) or the box's size
 * changes (a window resized, full screen).
 */
export function useFitText(box: RefObject<HTMLElement | null>, content: string): StopFit {
  const [size, setSize] = useState('');
  const [fitted, setFitted] = useState<{ key: string; fit: StopFit } | null>(null);
  const key = `${size}|${content}`;
  const fit = fitted?.key === key ? fitted.fit : 'whole';
  const compact = fit !== 'whole';

  useLayoutEffect(
    function fitTheStop() {
      const element = box.current;
      if (!element) return;
      const scale = fitScale(function tryScale(step) {
        setScale(element, step);
        return showsAll(element);
      }, compact ? COMPACT_FIT_STEPS : FIT_STEPS);
      // Still too long at the smallest type for whole paragraphs: the quoted sentences alone. When even
      // those do not fit, the smallest scale stays set and the stop scrolls, a last resort.
      if (scale === null && fit !== 'scroll') setFitted({ key, fit: compact ? 'scroll' : 'compact' });
    },
    [box, key, fit, compact],
  );

  useLayoutEffect(
    function followTheBoxSize() {
      const element = box.current;
      if (!element || typeof ResizeObserver === 'undefined') return undefined;
      const observer = new ResizeObserver(function onResize() {
        setSize(`${element.clientWidth}x${element.clientHeight}`);
      });
      observer.observe(element);
      return function stopFollowing() {
        observer.disconnect();
      };
    },
    [box],
  );
  return fit;
}
