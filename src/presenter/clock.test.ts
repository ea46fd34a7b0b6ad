import { describe, expect, it } from 'vitest';
import { formatClock, isoDuration } from './clock.ts';

describe('presenter clocks', () => {
  it('show minutes and seconds, the seconds always in two digits', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(9_999)).toBe('0:09');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(75 * 60_000)).toBe('75:00');
    expect(formatClock(-5_000)).toBe('0:00');
  });

  it('give machines the same duration', () => {
    expect(isoDuration(65_400)).toBe('PT1M5S');
  });
});
