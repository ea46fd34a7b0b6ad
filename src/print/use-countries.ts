/**
 * The country outlines that the printed maps draw: loaded once (ahead of printing where it can) and cut into
 * rings.
 */
import { useEffect, useMemo, useState } from 'react';
import { countryRings, type CountryRing } from './country-rings.ts';
import { loadedOnce } from './loaded-once.ts';

/** The country outlines, loaded once for every printed map (imported when asked: the page built at build time has no basemap). */
const countries = loadedOnce(() => import('virtual:countries-50m').then((module) => module.loadCountries()));
let rings: CountryRing[] | null = null;

/**
 * Loads the outlines ahead (the page calls it once idle, after its first view): Ctrl+P makes the
 * printed map at `beforeprint`, and prints it there and then; loaded only then, its land came too late.
 */
export function preloadCountries(): void {
  countries.load().catch(() => undefined);
}

/**
 * The embedded basemap's country outlines for the printed map, cut into rings once (each map draws
 * those in its frame): at once if loaded ahead, else once the page is idle; `null` until then, and
 * if they cannot be loaded (the map prints without land).
 */
export function useCountries(): CountryRing[] | null {
  const [paths, setPaths] = useState<string[] | null>(countries.now);
  useEffect(
    function loadWhenIdle() {
      if (paths) return undefined;
      let live = true;
      const load = () =>
        countries.load().then(
          (outlines) => live && setPaths(outlines),
          () => undefined,
        );
      const idle = window.requestIdleCallback?.(load, { timeout: 4000 });
      const timer = idle === undefined ? window.setTimeout(load, 1500) : undefined;
      return function cancel() {
        live = false;
        if (idle !== undefined) window.cancelIdleCallback(idle);
        window.clearTimeout(timer);
      };
    },
    [paths],
  );
  return useMemo(() => (paths ? (rings ??= countryRings(paths)) : null), [paths]);
}
