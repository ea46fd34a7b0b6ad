import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../../geometry/web-mercator.ts';
import { clearOf, FAN_MOST_METRES, fansTooFar, spiderOffsets } from './spider.ts';

describe('spiderOffsets', () => {
  it('fans two places out to either side, clear of each other', () => {
    const [a, b] = spiderOffsets(2, 26);
    expect(Math.hypot((a?.dx ?? 0) - (b?.dx ?? 0), (a?.dy ?? 0) - (b?.dy ?? 0))).toBeGreaterThanOrEqual(26 + 4);
  });

  it('puts no two of eight symbols closer than their size', () => {
    const offsets = spiderOffsets(8, 26);
    expect(offsets).toHaveLength(8);
    for (const [i, a] of offsets.entries()) {
      for (const b of offsets.slice(i + 1)) expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThanOrEqual(26);
    }
  });

  it("keeps each place on its own side of the centre: the Sinai south-west, Damascus north-east", () => {
    // Directions from the group's centre (screen y down): Damascus up-right, Sinai down-left, Beirut up-left, Jerusalem down-right.
    const towards = [-Math.PI / 4, (3 * Math.PI) / 4, (-3 * Math.PI) / 4, Math.PI / 4];
    const [damascus, sinai, beirut, jerusalem] = spiderOffsets(4, 24, towards);
    expect((damascus?.dx ?? 0) > 0 && (damascus?.dy ?? 0) < 0).toBe(true);
    expect((sinai?.dx ?? 0) < 0 && (sinai?.dy ?? 0) > 0).toBe(true);
    expect((beirut?.dx ?? 0) < 0 && (beirut?.dy ?? 0) < 0).toBe(true);
    expect((jerusalem?.dx ?? 0) > 0 && (jerusalem?.dy ?? 0) > 0).toBe(true);
  });

  it('leaves a single place where it is', () => {
    expect(spiderOffsets(1, 26)).toEqual([{ dx: 0, dy: 0 }]);
  });
});

describe('fansTooFar', () => {
  it('spans a pixel at a zoom as Web Mercator does: about 156 km at the equator at zoom 0, halved each zoom and by the latitude', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(156_543, 0);
    expect(metresPerPixel(60, 1)).toBeCloseTo(156_543 / 4, 0);
  });

  it('lets a fan of 40 px stand where the first view of the story is drawn, not at a world view', () => {
    const fan = spiderOffsets(5, 26);
    // Europe at the first view (zoom 4, 50° N): some 250 km; at the world view of a tour stop (zoom 1.5): over 1,000 km.
    expect(fansTooFar(fan, 50, 4)).toBe(false);
    expect(fansTooFar(fan, 50, 1.5)).toBe(true);
    expect(fansTooFar([{ dx: 0, dy: 0 }], 0, 0)).toBe(false);
    expect(FAN_MOST_METRES).toBe(500_000);
  });
});

describe('clearOf', () => {
  it('moves a symbol straight away from the chosen one it overlaps, just far enough', () => {
    // Europe's cities 20 px up-left of Nice's ring (40 px): drawn up-left still, clear by half the gap.
    const moved = clearOf({ x: 100 - 12, y: 100 - 16, size: 20 }, [{ x: 100, y: 100, size: 40 }]);
    expect(Math.hypot(moved.x - 100, moved.y - 100)).toBeCloseTo(35, 0);
    expect(moved.x < 100 && moved.y < 100).toBe(true);
    expect((100 - moved.y) / (100 - moved.x)).toBeCloseTo(16 / 12, 1);
  });

  it('leaves a symbol clear of the chosen ones where it is, and lifts one standing on a chosen one straight up', () => {
    expect(clearOf({ x: 0, y: 0, size: 20 }, [{ x: 100, y: 100, size: 40 }])).toEqual({ x: 0, y: 0 });
    expect(clearOf({ x: 50, y: 50, size: 20 }, [{ x: 50, y: 50, size: 40 }])).toEqual({ x: 50, y: 15 });
  });
});
