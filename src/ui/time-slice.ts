/**
 * Long work in slices: a few milliseconds at a time, giving the page back in between, so that a slow
 * laptop can still answer a click while the basemap is being built.
 */

/** Milliseconds of work before the page gets a turn. */
export const SLICE_MS = 8;

/**
 * Resolves once the page has had a turn: input, rendering and other tasks may run first. Not
 * `setTimeout(…, 0)`, which browsers hold back to 4 ms once timers nest five deep: a long job in
 * slices of 4 ms would then take twice its time.
 */
export function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `steps` to its end, a slice of about `sliceMs` at a time, giving the page a turn in between;
 * the steps yield where they may pause. Resolves with what the steps return. The first slice too
 * starts in a task of its own: the task that asked for the work has often done plenty already
 * (evaluating a chunk, drawing a layer), and one slice more would make it a long task.
 */
export async function finishInSlices<R>(steps: Generator<void, R>, sliceMs = SLICE_MS, pageTurn: () => Promise<void> = nextTurn): Promise<R> {
  await pageTurn();
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > sliceMs) {
      await pageTurn();
      sliceStart = performance.now();
    }
  }
}

/** `items.map(work)`, in slices of about `sliceMs`; stops early (and returns what it has) when cancelled. */
export function mapInSlices<T, U>(items: readonly T[], work: (item: T) => U, cancelled: () => boolean = () => false, sliceMs = SLICE_MS): Promise<U[]> {
  function* mapping(): Generator<void, U[]> {
    const done: U[] = [];
    for (const item of items) {
      yield;
      if (cancelled()) return done;
      done.push(work(item));
    }
    return done;
  }
  return finishInSlices(mapping(), sliceMs);
}

/**
 * Runs `work` just after the next frame is painted (a frame, then a task), for what need not hold up
 * the frame that answers an input: writing the address, scrolling a side panel. `afterLayout` runs in
 * that frame once its layout is done (where a resize observer's callbacks run, after every animation
 * frame callback): where the work reads the page's layout, read there it costs no layout of its own,
 * and it moves none of the frame's layout ahead of what the frame's other callbacks do. Returns a
 * cancel.
 */
export function afterNextPaint(work: () => void, afterLayout?: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;
  let observer: ResizeObserver | undefined;
  if (afterLayout) {
    // A new observation is always reported once, in the next frame, after its layout.
    observer = new ResizeObserver(() => {
      observer?.disconnect();
      afterLayout();
      timer = setTimeout(work, 0);
    });
    observer.observe(document.documentElement);
  } else {
    frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  }
  return function cancel() {
    if (frame !== undefined) cancelAnimationFrame(frame);
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
}
