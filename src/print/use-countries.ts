import { useEffect, useState } from 'react';
import { countryRings, type CountryRing } from './country-rings.ts';

let countries: Promise<CountryRing[]> | undefined;

/**
 * The country outlines' rings, asked for once for every printed map (imported when asked: the page
 * built at build time has no basemap), each map drawing those in its frame.
 */
function countriesOnce(): Promise<CountryRing[]> {
  countries ??= import('virtual:countries-50m').then(async (module) => countryRings(await module.loadCountries()));
  return countries;
}

/**
 * The embedded basemap's country outlines for the printed map, loaded when the page is idle (the
 * screen map comes first); `null` until then, and if they cannot be loaded (the map prints without land).
 */
export function useCountries(): CountryRing[] | null {
  const [paths, setPaths] = useState<CountryRing[] | null>(null);
  useEffect(function loadWhenIdle() {
    let live = true;
    const load = () =>
      countriesOnce().then(
        (loaded) => live && setPaths(loaded),
        () => undefined,
      );
    const idle = window.requestIdleCallback?.(load, { timeout: 4000 });
    const timer = idle === undefined ? window.setTimeout(load, 1500) : undefined;
    return function cancel() {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      window.clearTimeout(timer);
    };
  }, []);
  return paths;
}
