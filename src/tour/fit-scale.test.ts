import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPACT_FIT_STEPS, fitClass, fitScale } from './fit-scale.ts';

describe('fitScale', () => {
  it('gives the largest step at which the content fits, trying from the largest down', () => {
    const tried: number[] = [];
    // Content 600 px tall at scale 1, in a box 500 px tall.
    const fits = (scale: number) => (tried.push(scale), 600 * scale <= 500);
    expect(fitScale(fits, [1.2, 1, 0.9, 0.8, 0.7])).toBe(0.8);
    expect(tried).toEqual([1.2, 1, 0.9, 0.8]);
  });

  it('keeps the largest step when everything fits, and gives null when nothing does', () => {
    expect(fitScale(() => true, [1.5, 1])).toBe(1.5);
    expect(fitScale((scale) => 900 * scale <= 500, [1, 0.8, 0.6])).toBeNull();
  });
});

describe('the type sizes in the stylesheet', () => {
  it('has a rule for every step that use-fit-text may set', () => {
    const css = readFileSync(new URL('./tour-type.css', import.meta.url), 'utf8');
    for (const step of COMPACT_FIT_STEPS) {
      expect(css, `step ${step}`).toContain(`.tour-body.${fitClass(step)} {\n  font-size: ${step}rem;\n}`);
    }
  });
});
