import { describe, expect, it } from 'vitest';
import { tooltipBox, tooltipSpot } from './tooltip-spot.ts';

const view = { x0: 0, y0: 0, x1: 800, y1: 600 };
const shape = { width: 200, height: 40, above: 12 };
// A line across the view, a point every 100 px.
const line = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ x: 100 + i * 100, y: 300 }));

describe('tooltipSpot', () => {
  it('opens at the middle where nothing is in the way', () => {
    expect(tooltipSpot(line, shape, [], view)).toBe(3);
    expect(tooltipBox({ x: 400, y: 300 }, shape)).toEqual({ x0: 300, y0: 248, x1: 500, y1: 288 });
  });

  it("moves along the line, nearest the middle first, off a symbol under the middle's tooltip", () => {
    const nice = { x0: 380, y0: 250, x1: 410, y1: 280 };
    // The points either side are still over it (6 px kept); two away, the left one first.
    expect(tooltipSpot(line, shape, [nice], view)).toBe(1);
    expect(tooltipSpot(line, shape, [nice, { x0: 180, y0: 250, x1: 210, y1: 280 }], view)).toBe(5);
  });

  it('keeps the tooltip in view, and falls back to the middle where every point is taken', () => {
    const high = line.map(({ x }) => ({ x, y: 40 }));
    expect(tooltipSpot(high, shape, [], view)).toBe(3);
    expect(tooltipSpot(line, shape, [{ x0: 0, y0: 0, x1: 800, y1: 290 }], view)).toBe(3);
  });
});
