import { describe, expect, it } from 'vitest';
import { roundPosition, simplifyLine } from '../scripts/labels/simplify.ts';

describe('river line simplification', () => {
  it('drops the points of a straight line between its ends', () => {
    expect(simplifyLine([[0, 0], [1, 0.001], [2, 0], [3, -0.001], [4, 0]], 0.01)).toEqual([[0, 0], [4, 0]]);
  });

  it('keeps a bend wider than the tolerance, and its ends', () => {
    expect(simplifyLine([[0, 0], [1, 0], [2, 1], [3, 0], [4, 0]], 0.1)).toEqual([[0, 0], [1, 0], [2, 1], [3, 0], [4, 0]]);
    expect(simplifyLine([[0, 0], [1, 0], [2, 0.05], [3, 0], [4, 0]], 0.1)).toEqual([[0, 0], [4, 0]]);
  });

  it('leaves lines of two points as they are', () => {
    expect(simplifyLine([[5, 5], [6, 6]], 1)).toEqual([[5, 5], [6, 6]]);
  });

  it('rounds positions, with no negative zero', () => {
    expect(roundPosition([43.123456, 36.3351], 3)).toEqual([43.123, 36.335]);
    expect(Object.is(roundPosition([-0.0001, 0], 3)[0], 0)).toBe(true);
  });
});
