import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { crossesAntimeridian, cutAtAntimeridian, splitPolygon } from './antimeridian.ts';

function maxJump(ring: Position[]): number {
  return Math.max(...ring.slice(1).map((p, i) => Math.abs((p[0] ?? 0) - (ring[i]?.[0] ?? 0))));
}

function bbox(ring: Position[]): number[] {
  const lons = ring.map((p) => p[0] ?? 0);
  const lats = ring.map((p) => p[1] ?? 0);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

describe('antimeridian', () => {
  it('leaves a polygon that does not cross the antimeridian as it is', () => {
    const square = [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]];
    expect(splitPolygon(square)).toEqual([square]);
    expect(cutAtAntimeridian({ type: 'Polygon', coordinates: square })).toEqual({ type: 'Polygon', coordinates: square });
  });

  it('cuts a square straddling 180° into an eastern and a western piece', () => {
    const square = [[[170, 10], [-170, 10], [-170, 20], [170, 20], [170, 10]]];
    expect(crossesAntimeridian(square[0] ?? [])).toBe(true);
    const pieces = splitPolygon(square);
    expect(pieces).toHaveLength(2);
    const [east, west] = pieces.map((polygon) => polygon[0] ?? []);
    expect(bbox(east ?? [])).toEqual([170, 10, 180, 20]);
    expect(bbox(west ?? [])).toEqual([-180, 10, -170, 20]);
    for (const ring of [east ?? [], west ?? []]) {
      expect(ring).toHaveLength(5);
      expect(ring[0]).toEqual(ring[4]);
    }
  });

  it('closes a ring around the south pole along the pole instead of across the world', () => {
    const antarctica = [[[0, -70], [90, -70], [180, -70], [-90, -70], [0, -70]]];
    const pieces = splitPolygon(antarctica);
    const rings = pieces.map((polygon) => polygon[0] ?? []);
    for (const ring of rings) {
      expect(maxJump(ring)).toBeLessThanOrEqual(180);
      for (const [lon = 0, lat = 0] of ring) {
        expect(lon).toBeGreaterThanOrEqual(-180);
        expect(lon).toBeLessThanOrEqual(180);
        expect(lat).toBeLessThanOrEqual(-70);
      }
    }
    const lons = rings.flat().map((p) => p[0]);
    expect(Math.min(...(lons as number[]))).toBe(-180);
    expect(Math.max(...(lons as number[]))).toBe(180);
    expect(rings.flat().some((p) => p[1] === -90)).toBe(true);
  });

  it('keeps a hole with the piece of the outer ring it lies in', () => {
    const withHole = [
      [[170, 0], [-170, 0], [-170, 20], [170, 20], [170, 0]],
      [[172, 5], [175, 5], [175, 8], [172, 8], [172, 5]],
    ];
    const pieces = splitPolygon(withHole);
    const eastern = pieces.find((polygon) => polygon[0]?.some((p) => p[0] === 170));
    expect(eastern).toHaveLength(2);
  });

  it('turns a crossing Polygon into a MultiPolygon', () => {
    const cut = cutAtAntimeridian({ type: 'Polygon', coordinates: [[[179, 60], [-179, 60], [-179, 62], [179, 62], [179, 60]]] });
    expect(cut.type).toBe('MultiPolygon');
    expect(cut.coordinates).toHaveLength(2);
  });
});
