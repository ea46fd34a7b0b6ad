import { useEffect, useState } from 'react';

let countries: Promise<string[]> | undefined;

/** The country outlines, asked for once for every printed map (imported when asked: the page built at build time has no basemap). */
function countriesOnce(): Promise<string[]> {
  countries ??= import('virtual:countries-50m').then((module) => module.loadCountries());
  return countries;
}

/**
 * The embedded basemap's country outlines for the printed map, loaded when the page is idle (the
 * screen map comes first); `null` until then, and if they cannot be loaded (the map prints without land).
 */
export function useCountries(): string[] | null {
  const [paths, setPaths] = useState<string[] | null>(null);
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
