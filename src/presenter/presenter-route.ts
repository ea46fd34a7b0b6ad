/** The presenter window's address: `#/presenter/7`, the stop it shows. */

const PRESENTER_PATH = /^#\/presenter\/([1-9]\d{0,3})$/;

/** The stop in a presenter window's hash, or `null` if the hash is not a presenter window's. */
export function presenterStopFromHash(hash: string): number | null {
  const stop = PRESENTER_PATH.exec(hash)?.[1];
  return stop ? Number(stop) : null;
}

/** The hash of the presenter window at `stop`. */
export function presenterHash(stop: number): string {
  return `#/presenter/${stop}`;
}

/** The address of this page's presenter window at `stop`: the same page (served or a file on disk), another hash. */
export function presenterUrl(href: string, stop: number): string {
  return `${href.split('#')[0] ?? ''}${presenterHash(stop)}`;
}
