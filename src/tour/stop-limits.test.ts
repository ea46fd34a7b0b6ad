import { describe, expect, it } from 'vitest';
import { stopLimits } from './stop-limits.ts';

describe('stopLimits', () => {
  it('keeps the passage at 18 px or more at 1280x720 and larger, down to the key sentence', () => {
    expect(stopLimits(1280, 720)).toEqual({ minPx: 18, fewest: 'key' });
    expect(stopLimits(1920, 1080)).toEqual({ minPx: 18, fewest: 'key' });
    expect(stopLimits(3840, 2160)).toEqual({ minPx: 18, fewest: 'key' });
  });

  it('keeps it at 16 px or more on a smaller projector or a tablet, a short laptop window included', () => {
    expect(stopLimits(1024, 768)).toEqual({ minPx: 16, fewest: 'key' });
    expect(stopLimits(768, 1024)).toEqual({ minPx: 16, fewest: 'key' });
    expect(stopLimits(1280, 650)).toEqual({ minPx: 16, fewest: 'key' });
  });

  it('keeps it at 15 px or more on a phone, whose panel scrolls, and every quoted sentence there', () => {
    expect(stopLimits(390, 844)).toEqual({ minPx: 15, fewest: 'quoted' });
    expect(stopLimits(704, 900)).toEqual({ minPx: 15, fewest: 'quoted' });
  });
});
