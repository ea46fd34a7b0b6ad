import { describe, expect, it } from 'vitest';
import { arrowheadPoints, unitsToLonLat } from './ink-units.ts';
import { projectToUnits } from '../basemap/path-units.ts';

describe('ink units', () => {
  it('turns path units back into the longitude and latitude they came from', () => {
    for (const place of [[0, 0], [4.35, 50.85], [-2.24, 53.48], [43.13, 36.34], [-117.29, 34.1]] as [number, number][]) {
      const [lon, lat] = unitsToLonLat(projectToUnits(place));
      expect(lon).toBeCloseTo(place[0], 2);
      expect(lat).toBeCloseTo(place[1], 2);
    }
  });

  it('keeps a point off the top of the world at the map’s last latitude', () => {
    expect(unitsToLonLat([0, -5000])[1]).toBeCloseTo(85.0511, 3);
  });

  it('points an arrowhead along its line, tip at the head', () => {
    const [tip, left, right] = arrowheadPoints([0, 0], [100, 0], 10);
    expect(tip).toEqual([100, 0]);
    expect(left?.[0]).toBeCloseTo(90);
    expect(right?.[0]).toBeCloseTo(90);
    expect(Math.abs((left?.[1] ?? 0) - (right?.[1] ?? 0))).toBeCloseTo(9);
  });
});
