import { describe, expect, it } from 'vitest';
import { clampLatitude, latitudeOf, MAX_LATITUDE, mercatorY } from './mercator.ts';

describe('Web Mercator in degrees', () => {
  it('keeps the equator, stretches latitudes away from it, and comes back the same way', () => {
    expect(mercatorY(0)).toBeCloseTo(0, 12);
    expect(mercatorY(60)).toBeGreaterThan(60);
    for (const lat of [-80, -33.9, 0, 36.335, 50.84, 85]) expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 9);
  });

  it("ends where Leaflet's square world ends: the edge's y is 180, as longitude's", () => {
    expect(mercatorY(MAX_LATITUDE)).toBeCloseTo(180, 6);
    expect(clampLatitude(89)).toBe(MAX_LATITUDE);
    expect(clampLatitude(-89)).toBe(-MAX_LATITUDE);
    expect(clampLatitude(48.86)).toBe(48.86);
  });
});
