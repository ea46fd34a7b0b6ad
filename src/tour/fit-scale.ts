/**
 * The type size of a tour stop: the largest of a list of sizes (in rem) at which the stop fits its
 * box, tried from the largest down. The box grows with the screen, and so does the type. Pure: the
 * caller sets each size and measures (src/tour/use-fit-text.ts).
 */

/** The sizes tried for a stop with its whole paragraphs, in rem, largest first. */
export const FIT_STEPS: readonly number[] = [1.8, 1.65, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.92, 0.85];

/** The sizes tried for a stop too long for `FIT_STEPS`, shown as its quoted sentences only. */
export const COMPACT_FIT_STEPS: readonly number[] = [...FIT_STEPS, 0.8, 0.75, 0.7];

/**
 * The first step (largest) at which `fits` says yes, or `null` if none does; `fits` is called with
 * each step in turn until one fits, so that the last call leaves that scale in place.
 */
export function fitScale(fits: (scale: number) => boolean, steps: readonly number[] = FIT_STEPS): number | null {
  for (const step of steps) if (fits(step)) return step;
  return null;
}

/** The class to which tour/tour-type.css gives a size: 0.85 rem is `fit-85`. */
export function fitClass(scale: number): string {
  return `fit-${Math.round(scale * 100)}`;
}
