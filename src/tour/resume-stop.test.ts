import { describe, expect, it } from 'vitest';
import { resumeStop } from './resume-stop.ts';

describe('resumeStop', () => {
  it('presents from the stop a tour was left at mid-way', () => {
    expect(resumeStop(10, 13)).toBe(10);
    expect(resumeStop(2, 13)).toBe(2);
  });

  it('presents from the first stop when the tour was never left, left at its first or its last stop, or has shrunk', () => {
    expect(resumeStop(null, 13)).toBe(1);
    expect(resumeStop(1, 13)).toBe(1);
    expect(resumeStop(13, 13)).toBe(1);
    expect(resumeStop(12, 5)).toBe(1);
  });
});
