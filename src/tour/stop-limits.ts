/**
 * The least a tour stop may show on a screen: its smallest type and its fewest words. A projector's
 * type must be read from the back of a room, so a stop too long for it shows fewer words, never smaller
 * type; a phone's panel can be scrolled by touch, so it keeps every quoted sentence instead.
 */

/** How much of a stop's passage shows, from the most words to the fewest. */
export type Words = 'whole' | 'quoted' | 'key';

/** The order in which a stop too long for its box gives up words. */
export const FEWER_WORDS: readonly Words[] = ['whole', 'quoted', 'key'];

/** The smallest type of the passage, in CSS pixels, and the fewest words a stop may be cut to. */
export interface StopLimits {
  minPx: number;
  fewest: Words;
}

/** The limits by screen, and the screen sizes that choose them. */
export const STOP_LIMITS = {
  /** The stylesheet's phone layout, `(max-width: 44rem)`: 704 px at the browser's 16 px rem. */
  phoneMaxWidth: 704,
  /**
   * Phones: every quoted sentence, in 15 px type at least, the panel then scrolling by touch (at no
   * floor it shrank to 11 px, smaller than the map's names and the fact note beside it).
   */
  phone: { minPx: 15, fewest: 'quoted' },
  /** The smallest of the large screens: a 1280x720 projector. */
  largeScreen: { width: 1280, height: 720 },
  /** Large screens. */
  large: { minPx: 18, fewest: 'key' },
  /** Smaller projectors and tablets, down to 1024x768 and below. */
  small: { minPx: 16, fewest: 'key' },
} as const;

/** The limits of a tour stop on a viewport of `width` x `height` CSS pixels. */
export function stopLimits(width: number, height: number): StopLimits {
  if (width <= STOP_LIMITS.phoneMaxWidth) return STOP_LIMITS.phone;
  const { largeScreen } = STOP_LIMITS;
  return width >= largeScreen.width && height >= largeScreen.height ? STOP_LIMITS.large : STOP_LIMITS.small;
}
