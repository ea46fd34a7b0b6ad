import { describe, expect, it } from 'vitest';
import { distanceToLines, linesHit, linesMeant } from './line-hits.ts';

describe('line hits', () => {
  it('measures from a point to the nearest segment, its ends included', () => {
    expect(distanceToLines([5, 3], [[[0, 0], [10, 0]]])).toBe(3);
    expect(distanceToLines([13, 4], [[[0, 0], [10, 0]]])).toBe(5);
    expect(distanceToLines([5, 3], [[[0, 10], [10, 10]], [[0, 4], [10, 4]]])).toBe(1);
    expect(distanceToLines([1, 1], [[[1, 1]]])).toBe(0);
  });

  it('names every line whose band holds the click, nearest first, and none out of reach', () => {
    const features = [
      { id: 'returns', lines: [[[0, 0], [100, 0]] as const, [[0, 50], [100, 50]] as const] },
      { id: 'recruits', lines: [[[0, 6], [100, 6]] as const] },
      { id: 'funding', lines: [[[0, 30], [100, 30]] as const] },
    ];
    expect(linesHit([50, 4], features, 7)).toEqual([{ id: 'recruits', distance: 2 }, { id: 'returns', distance: 4 }]);
    expect(linesHit([50, 48], features, 7)).toEqual([{ id: 'returns', distance: 2 }]);
    expect(linesHit([50, 18], features, 7)).toEqual([]);
  });

  it('means the line whose stroke the click landed on, unless another stroke is under it too; else offers all', () => {
    expect(linesMeant([{ id: 'recruits', distance: 1 }, { id: 'returns', distance: 5 }], 3)).toEqual(['recruits']);
    expect(linesMeant([{ id: 'recruits', distance: 1 }, { id: 'returns', distance: 2.5 }], 3)).toEqual(['recruits', 'returns']);
    expect(linesMeant([{ id: 'recruits', distance: 4 }, { id: 'returns', distance: 5 }], 3)).toEqual(['recruits', 'returns']);
    expect(linesMeant([{ id: 'returns', distance: 6 }], 3)).toEqual(['returns']);
    expect(linesMeant([], 3)).toEqual([]);
  });
});
