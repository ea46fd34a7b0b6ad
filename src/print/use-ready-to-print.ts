/**
 * Loads the printed maps' land and names once the page is idle, so that they are there when printing begins.
 */
import { useEffect } from 'react';
import { preloadCountries } from './use-countries.ts';
import { preloadPrintLabels } from './use-print-labels.ts';

/**
 * Once the page is idle after its first view, loads what the printed maps draw (the land and the
 * basemap's names): Ctrl+P, or a choice of Print…, makes the handout's maps at `beforeprint` and the
 * browser prints them there and then, so what is loaded only then is left off the paper.
 */
export function useReadyToPrint(): void {
  useEffect(function loadWhenIdle() {
    const load = () => {
      preloadCountries();
      preloadPrintLabels();
    };
    const idle = window.requestIdleCallback?.(load, { timeout: 10_000 });
    const timer = idle === undefined ? window.setTimeout(load, 3000) : undefined;
    return function cancel() {
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, []);
}
