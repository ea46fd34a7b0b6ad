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
  it('runs the frame part in the next frame and the work in a task after it; a cancel stops both', async () => {
    const frames: (() => void)[] = [];
    const globals = globalThis as unknown as { requestAnimationFrame: (f: () => void) => number; cancelAnimationFrame: (id: number) => void };
    const [raf, caf] = [globals.requestAnimationFrame, globals.cancelAnimationFrame];
    globals.requestAnimationFrame = (f) => frames.push(f);
    globals.cancelAnimationFrame = (id) => void frames.splice(id - 1, 1, () => undefined);
    try {
      const seen: string[] = [];
      afterNextPaint(() => seen.push('work'), () => seen.push('frame'));
      expect(seen).toEqual([]);
      frames.shift()?.();
      expect(seen).toEqual(['frame']);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['frame', 'work']);
      const cancel = afterNextPaint(() => seen.push('late work'), () => seen.push('late frame'));
      cancel();
      frames.shift()?.();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(seen).toEqual(['frame', 'work']);
    } finally {
      [globals.requestAnimationFrame, globals.cancelAnimationFrame] = [raf, caf];
    }
  });
});
