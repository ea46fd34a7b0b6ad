/**
 * Data the printed maps load once, for all of them: asked for when first needed (or ahead, when the
 * page is idle), and once loaded, there at once for a map made at `beforeprint`.
 */
export interface LoadedOnce<T> {
  /** Starts the loading if it has not started; the data once loaded. */
  load(): Promise<T>;
  /** The data if loaded, else null. */
  now(): T | null;
}

export function loadedOnce<T>(loader: () => Promise<T>): LoadedOnce<T> {
  let promise: Promise<T> | undefined;
  let value: T | null = null;
  return {
    load() {
      promise ??= loader().then((loaded) => (value = loaded));
      return promise;
    },
    now: () => value,
  };
}
