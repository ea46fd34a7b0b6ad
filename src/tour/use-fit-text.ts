/**
 * Sizes a tour stop's type to fill its panel without scrolling, and shows fewer of its words where no size
 * fits.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { fitClass } from './fit-scale.ts';
import { fitWords } from './fit-words.ts';
import { stopLimits, type Words } from './stop-limits.ts';

/**
 * The size is a class (fit-85), to which tour/tour-type.css gives its size in rem: the page's content security
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

/** How a stop fits its box: the words it shows, and whether even those must scroll (a phone), a last resort. */
export interface StopFit {
  words: Words;
  scrolls: boolean;
}

const WHOLE: StopFit = { words: 'whole', scrolls: false };

/**
 * Fits a tour stop to its box, as a clicker cannot scroll: before paint, sets the largest type size at
 * which everything shows, never below the screen's floor (src/tour/stop-limits.ts). When no size fits,
 * asks for fewer words (the quoted sentences alone, then the key sentence alone), which are fitted in
 * turn. Refits when the stop (`content`) or the box's size changes (a window resized, full screen).
 */
export function useFitText(box: RefObject<HTMLElement | null>, content: string): StopFit {
  const [size, setSize] = useState('');
  const [fitted, setFitted] = useState<{ key: string; fit: StopFit } | null>(null);
  const key = `${size}|${content}`;
  const fit = fitted?.key === key ? fitted.fit : WHOLE;
  const { words, scrolls } = fit;

  useLayoutEffect(
    function fitTheStop() {
      const element = box.current;
      if (!element) return;
      const limits = stopLimits(window.innerWidth, window.innerHeight);
      const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const round = fitWords(
        words,
        function tryScale(step) {
          setScale(element, step);
          return showsAll(element);
        },
        { minRem: limits.minPx / rootPx, fewest: limits.fewest },
      );
      if ('fewer' in round) setFitted({ key, fit: { words: round.fewer, scrolls: false } });
      // Even the fewest words do not fit: the smallest size allowed stays set and the stop scrolls.
      else if ('scrolls' in round && !scrolls) setFitted({ key, fit: { words, scrolls: true } });
    },
    [box, key, words, scrolls],
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
