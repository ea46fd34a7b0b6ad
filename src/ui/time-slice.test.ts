import { describe, expect, it } from 'vitest';
import { afterNextPaint, finishInSlices } from './time-slice.ts';

describe('finishInSlices', () => {
  it('does no step in the task that asked for the work, then runs every step and returns their result', async () => {
    const done: number[] = [];
    function* steps(): Generator<void, string> {
      for (let i = 0; i < 5; i += 1) {
        yield;
        done.push(i);
      }
      return 'finished';
    }
    const turns: number[] = [];
    const result = finishInSlices(steps(), 1000, async () => {
      turns.push(done.length);
    });
    // Nothing has run yet: the first slice waits for a turn of the page.
    expect(done).toEqual([]);
    expect(await result).toBe('finished');
    expect(done).toEqual([0, 1, 2, 3, 4]);
    // One turn, before any step; the slice of 1000 ms holds the rest.
    expect(turns).toEqual([0]);
  });

  it('gives the page a turn whenever a slice has run out of time', async () => {
    let turns = 0;
    function* slowSteps(): Generator<void, number> {
      for (let i = 0; i < 3; i += 1) {
        yield;
        const until = performance.now() + 3;
        while (performance.now() < until);
      }
      return 3;
    }
    expect(await finishInSlices(slowSteps(), 1, async () => void (turns += 1))).toBe(3);
    // The first turn, and one after each step that overran the 1 ms slice but the last.
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});

describe('afterNextPaint', () => {
  /** Stands in for the page's frames: animation frame callbacks, then (after layout) resize observations. */
  function fakeFrames() {
    const frames: (() => void)[] = [];
    const observed = new Set<{ report: () => void }>();
    const globals = globalThis as unknown as Record<string, unknown>;
    const saved = ['requestAnimationFrame', 'cancelAnimationFrame', 'ResizeObserver', 'document'].map((name) => [name, globals[name]] as const);
    globals.requestAnimationFrame = (f: () => void) => frames.push(f);
    globals.cancelAnimationFrame = (id: number) => void frames.splice(id - 1, 1, () => undefined);
    globals.document = { documentElement: {} };
    globals.ResizeObserver = class {
      readonly entry: { report: () => void };
      constructor(callback: () => void) {
        this.entry = { report: callback };
      }
      observe() {
        observed.add(this.entry);
      }
      disconnect() {
        observed.delete(this.entry);
      }
    };
    return {
      /** One frame: its animation frame callbacks, its layout, then its resize observations. */
      frame(order: string[]) {
        for (const f of frames.splice(0)) f();
        order.push('layout');
        for (const entry of [...observed]) entry.report();
      },
      restore: () => saved.forEach(([name, value]) => (globals[name] = value)),
    };
  }

  it('runs the work in a task after the next frame; a cancel stops it', async () => {
    const page = fakeFrames();
    try {
      const seen: string[] = [];
      afterNextPaint(() => seen.push('work'));
      page.frame(seen);
      expect(seen).toEqual(['layout']);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['layout', 'work']);
      afterNextPaint(() => seen.push('late work'))();
      page.frame(seen);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['layout', 'work', 'layout']);
    } finally {
      page.restore();
    }
  });

  it('runs the layout part in the next frame after its layout, and the work in a task after it; a cancel stops both', async () => {
    const page = fakeFrames();
    try {
      const seen: string[] = [];
      afterNextPaint(() => seen.push('work'), () => seen.push('read'));
      expect(seen).toEqual([]);
      page.frame(seen);
      expect(seen).toEqual(['layout', 'read']);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['layout', 'read', 'work']);
      // Reported once only.
      page.frame(seen);
      expect(seen).toEqual(['layout', 'read', 'work', 'layout']);
      const cancel = afterNextPaint(() => seen.push('late work'), () => seen.push('late read'));
      cancel();
      page.frame(seen);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['layout', 'read', 'work', 'layout', 'layout']);
    } finally {
      page.restore();
    }
  });
});
