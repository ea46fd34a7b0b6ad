/**
 * Long work in slices: a few milliseconds at a time, giving the page back in between, so that a slow
 * laptop can still answer a click while the basemap is being built.
 */

/** Milliseconds of work before the page gets a turn. */
export const SLICE_MS = 8;

function nextTurn(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, 0));
}

/** `items.map(work)`, in slices of about `sliceMs`; stops early (and returns what it has) when cancelled. */
export async function mapInSlices<T, U>(items: readonly T[], work: (item: T) => U, cancelled: () => boolean = () => false, sliceMs = SLICE_MS): Promise<U[]> {
  const done: U[] = [];
  let sliceStart = performance.now();
  for (const item of items) {
    if (performance.now() - sliceStart > sliceMs) {
      await nextTurn();
      if (cancelled()) return done;
      sliceStart = performance.now();
    }
    done.push(work(item));
  }
  return done;
}
