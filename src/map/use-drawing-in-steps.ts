/**
 * Spreads the map's first drawing over many short tasks, so that the page still answers input while the map
 * is drawn.
 */
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { afterNextPaint, nextTurn } from '../ui/time-slice.ts';

/** Real milliseconds of drawing per step: 24 ms on a phone four times slower, well under the 50 ms of a long task. */
const STEP_BUDGET_MS = 6;
/** What one feature is guessed to cost before a step of its kind has been measured. */
const FIRST_GUESS_MS = 3;
/**
 * The most steps a group takes, however costly its features: each step also renders the features
 * drawn before it, so a story of thousands of places in steps of one would take minutes to draw.
 */
const MAX_STEPS_PER_GROUP = 8;
/**
 * The most milliseconds of drawing between two paints. A turn of the page's own is taken ahead of
 * its rendering, which a browser holds back for up to 100 ms while such turns keep coming: the
 * first features drawn would stay unseen (and unclickable) that long. So the first step's features
 * are painted at once, and later steps let a frame through whenever this much has passed since.
 */
const PAINT_EVERY_MS = 16;

/** Where the group that feature number `drawn` belongs to starts and ends, of groups of these sizes. */
function groupAt(groups: readonly number[], drawn: number): { start: number; end: number } {
  let start = 0;
  for (const size of groups) {
    if (drawn < start + size) return { start, end: start + size };
    start += size;
  }
  return { start, end: start };
}

/**
 * How far the map's first drawing has got, counted in steps of groups drawn one after the other (in
 * StoryMap: the controls, the flows, the places' layout, the places): a batch more each task, each
 * batch sized by what the last one of its group cost, until all are drawn; from then on, infinity. In
 * one go, the first drawing was a task of about 200 ms on a slow phone (4x CPU); in steps, the page
 * answers input between them. Later changes (layers, timeline) draw at once.
 */
export function useDrawingInSteps(groups: readonly number[]): number {
  const total = groups.reduce((sum, size) => sum + size, 0);
  const [drawn, setDrawn] = useState(0);
  const [complete, setComplete] = useState(false);
  const msEach = useRef(FIRST_GUESS_MS);
  const paintedAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(
    function drawNextStep() {
      if (complete) return undefined;
      if (drawn >= total) {
        setComplete(true);
        return undefined;
      }
      // A batch stays within its group, and a new group starts from the guess.
      const group = groupAt(groups, drawn);
      if (drawn === group.start) msEach.current = FIRST_GUESS_MS;
      let cancelled = false;
      let cancelPaint = () => {};
      // A turn of the page's own (not setTimeout, which browsers hold back to 4 ms once timers nest:
      // dozens of steps would each wait that long for nothing); after a step, a paint when one is due.
      const paintDue = drawn > 0 && performance.now() - paintedAt.current > PAINT_EVERY_MS;
      const turn = paintDue ? new Promise<void>((painted) => (cancelPaint = afterNextPaint(painted))) : nextTurn();
      void turn.then(() => {
        if (cancelled) return;
        if (paintDue) paintedAt.current = performance.now();
        const batch = Math.max(1, Math.floor(STEP_BUDGET_MS / msEach.current), Math.ceil((group.end - group.start) / MAX_STEPS_PER_GROUP));
        const next = Math.min(group.end, drawn + batch);
        const start = performance.now();
        // Drawn and committed now, effects included, so that the step's cost is measured whole.
        flushSync(() => setDrawn(next));
        msEach.current = Math.max(0.02, (performance.now() - start) / (next - drawn));
      });
      return function cancel() {
        cancelled = true;
        cancelPaint();
      };
    },
    [drawn, total, complete, groups],
  );
  return complete ? Number.POSITIVE_INFINITY : drawn;
}
