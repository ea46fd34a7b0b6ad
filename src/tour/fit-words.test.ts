import { describe, expect, it } from 'vitest';
import { fitWords, stepsFor } from './fit-words.ts';
import type { Words } from './stop-limits.ts';

/** A long stop, as tall at 1 rem as this with each amount of its words. */
const TALL_AT_1_REM: Record<Words, number> = { whole: 900, quoted: 560, key: 300 };

/** Whether the stop, showing `words`, fits a box `box` px tall; each size tried is noted in `tried`. */
function measure(words: Words, box: number, tried: number[] = []) {
  return (scale: number) => (tried.push(scale), TALL_AT_1_REM[words] * scale <= box);
}

/** 1280x720: 18 px, the root's size. */
const LARGE = { minRem: 1, fewest: 'key' } as const;
/** 1024x768: 16 px at an 18 px root. */
const SMALL = { minRem: 16 / 18, fewest: 'key' } as const;
/** A phone: 15 px at a 16 px root, and every quoted sentence kept. */
const PHONE = { minRem: 15 / 16, fewest: 'quoted' } as const;

describe('fitWords', () => {
  it('keeps whole paragraphs at the largest size that fits, only well above the floor', () => {
    expect(fitWords('whole', measure('whole', 1300), LARGE)).toEqual({ scale: 1.4 });
    // At 1.1 rem (19.8 px) they would fit: too small for so many words; the quoted sentences go larger.
    expect(fitWords('whole', measure('whole', 1000), LARGE)).toEqual({ fewer: 'quoted' });
    expect(fitWords('quoted', measure('quoted', 1000), LARGE)).toEqual({ scale: 1.65 });
  });

  it('shows the quoted sentences alone rather than set whole paragraphs below the floor', () => {
    const tried: number[] = [];
    // Whole paragraphs would fit at 0.85 rem (765 px), below 16 px at an 18 px root.
    expect(fitWords('whole', measure('whole', 820, tried), SMALL)).toEqual({ fewer: 'quoted' });
    expect(tried).toEqual([1.8, 1.65, 1.5, 1.4, 1.3, 1.2]);
    expect(fitWords('quoted', measure('quoted', 820), SMALL)).toEqual({ scale: 1.4 });
  });

  it('shows the key sentence alone when the quoted sentences fit only below the floor', () => {
    expect(fitWords('whole', measure('whole', 440), LARGE)).toEqual({ fewer: 'quoted' });
    expect(fitWords('quoted', measure('quoted', 440), LARGE)).toEqual({ fewer: 'key' });
    expect(fitWords('key', measure('key', 440), LARGE)).toEqual({ scale: 1.4 });
  });

  it('lets a key sentence too long even at the floor scroll at the floor, never smaller', () => {
    const tried: number[] = [];
    expect(fitWords('key', measure('key', 250, tried), LARGE)).toEqual({ scrolls: true });
    expect(tried.at(-1)).toBe(1);
  });

  it('on a phone, keeps every quoted sentence, down to 15 px, and then scrolls', () => {
    expect(fitWords('whole', measure('whole', 440), PHONE)).toEqual({ fewer: 'quoted' });
    const tried: number[] = [];
    expect(fitWords('quoted', measure('quoted', 440, tried), PHONE)).toEqual({ scrolls: true });
    expect(tried.at(-1)).toBe(1);
  });
});

describe('stepsFor', () => {
  it('tries no size below the floor, one on it included, and the largest when the floor is above all', () => {
    expect(stepsFor('whole', 1)).toEqual([1.8, 1.65, 1.5, 1.4]);
    expect(stepsFor('quoted', 1)).toEqual([1.8, 1.65, 1.5, 1.4, 1.3, 1.2, 1.1, 1]);
    expect(stepsFor('key', 18 / 21)).toEqual([1.8, 1.65, 1.5, 1.4, 1.3, 1.2, 1.1, 1, 0.92]);
    expect(stepsFor('quoted', 0).at(-1)).toBe(0.7);
    expect(stepsFor('key', 3)).toEqual([1.8]);
  });
});
