import { describe, expect, it } from 'vitest';
import { spreadApart } from './spread.ts';

describe('spreadApart', () => {
  it('leaves symbols that do not overlap where they are', () => {
    const discs = [{ x: 0, y: 0, radius: 10 }, { x: 100, y: 0, radius: 10 }];
    expect(spreadApart(discs)).toEqual([{ x: 0, y: 0 }, { x: 100, y: 0 }]);
  });

  it('pushes two overlapping symbols apart symmetrically until the gap is kept', () => {
    const [a, b] = spreadApart([{ x: 0, y: 0, radius: 10 }, { x: 4, y: 0, radius: 10 }], { gap: 4 });
    expect(a?.y).toBe(0);
    expect((b?.x ?? 0) - (a?.x ?? 0)).toBeCloseTo(24);
    expect(((a?.x ?? 0) + (b?.x ?? 0)) / 2).toBeCloseTo(2);
  });

  it('keeps the square boxes apart, not only the circles, when symbols sit diagonally', () => {
    const [a, b] = spreadApart([{ x: 0, y: 0, radius: 10 }, { x: 10, y: 10, radius: 10 }], { gap: 4 });
    const dx = Math.abs((b?.x ?? 0) - (a?.x ?? 0));
    const dy = Math.abs((b?.y ?? 0) - (a?.y ?? 0));
    expect(Math.max(dx, dy)).toBeCloseTo(24);
    expect(dx).toBeCloseTo(dy);
  });

  it('parts symbols that sit on the same spot, the same way every time', () => {
    const discs = [0, 1, 2, 3, 4].map(() => ({ x: 50, y: 50, radius: 12 }));
    const first = spreadApart(discs, { iterations: 400 });
    expect(spreadApart(discs, { iterations: 400 })).toEqual(first);
    for (let i = 0; i < first.length; i += 1) {
      for (let j = i + 1; j < first.length; j += 1) {
        const d = Math.max(Math.abs((first[i]?.x ?? 0) - (first[j]?.x ?? 0)), Math.abs((first[i]?.y ?? 0) - (first[j]?.y ?? 0)));
        expect(d).toBeGreaterThanOrEqual(27.5);
      }
    }
  });
});

describe('spreadApart with many symbols', () => {
  it('keeps the gap between far-apart clusters as well as with every pair compared', () => {
    const discs = [0, 1, 2].flatMap((cluster) => [0, 1, 2, 3].map((k) => ({ x: cluster * 500 + k, y: k, radius: 10 })));
    const placed = spreadApart(discs);
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
        const d = Math.max(Math.abs((placed[i]?.x ?? 0) - (placed[j]?.x ?? 0)), Math.abs((placed[i]?.y ?? 0) - (placed[j]?.y ?? 0)));
        expect(d).toBeGreaterThanOrEqual(25.9);
      }
    }
  });

  it('stops at its cap of work on a crowd that cannot be parted, and still returns every symbol', () => {
    const discs = Array.from({ length: 3000 }, (_, i) => ({ x: (i * 7919) % 300, y: (i * 104729) % 200, radius: 10 }));
    const placed = spreadApart(discs, { maxComparisons: 200_000 });
    expect(placed).toHaveLength(3000);
    expect(placed.every(({ x, y }) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    const moved = placed.filter(({ x, y }, i) => x !== discs[i]?.x || y !== discs[i]?.y).length;
    expect(moved).toBeGreaterThan(0);
  });
});
