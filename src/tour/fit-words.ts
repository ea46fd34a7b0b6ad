/**
 * How much of a tour stop shows, and at what size: one round of fitting per amount of words, since the
 * words shown are React's to render. Pure: the caller sets each size and measures
 * (src/tour/use-fit-text.ts), renders the fewer words that a round asks for, and fits them in turn.
 */
import { COMPACT_FIT_STEPS, fitScale, FIT_STEPS } from './fit-scale.ts';
import { FEWER_WORDS, type Words } from './stop-limits.ts';

/** The least a stop may show: its smallest type, in rem, and its fewest words. */
export interface FitLimits {
  minRem: number;
  fewest: Words;
}

/** What a round found: the size at which the words fit; or else fewer words to try; or else the stop scrolls. */
export type FitRound = { scale: number } | { fewer: Words } | { scrolls: true };

/**
 * How much above the floor each amount of words must stay: the paragraphs round the quoted sentences
 * only in larger type. On a projector the whole paragraphs of a long stop came at 19 px, a wall of
 * text for the back of a room, where its quoted sentences alone, set larger, read well (1920x1080,
 * stop 12). The quoted sentences, and the key sentence, may go down to the floor itself.
 */
export const WORDS_FLOOR: Readonly<Record<Words, number>> = { whole: 4 / 3, quoted: 1, key: 1 };

/** The sizes tried for `words`, in rem, largest first: none below its floor (but at least the largest). */
export function stepsFor(words: Words, minRem: number): number[] {
  const steps = words === 'whole' ? FIT_STEPS : COMPACT_FIT_STEPS;
  // The floor is a quotient of pixels (18 px / 18 px): a step on it must not fall to floating point.
  const floor = minRem * WORDS_FLOOR[words];
  const allowed = steps.filter((step) => step >= floor - 1e-6);
  return allowed.length > 0 ? allowed : steps.slice(0, 1);
}

/**
 * Fits `words`: the largest size not below the floor at which `fits` says yes. When none does, asks for
 * fewer words, down to `limits.fewest`; past those, the smallest size tried stays set and the stop scrolls.
 */
export function fitWords(words: Words, fits: (scale: number) => boolean, limits: FitLimits): FitRound {
  const scale = fitScale(fits, stepsFor(words, limits.minRem));
  if (scale !== null) return { scale };
  const at = FEWER_WORDS.indexOf(words);
  const fewer = FEWER_WORDS[at + 1];
  return fewer && at < FEWER_WORDS.indexOf(limits.fewest) ? { fewer } : { scrolls: true };
}
