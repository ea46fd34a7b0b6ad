import { describe, expect, it } from 'vitest';
import { BoxGrid, LineGrid } from './box-grid.ts';

describe('BoxGrid', () => {
  const grid = new BoxGrid(1280, 800);
  grid.insert({ x0: 100, y0: 100, x1: 160, y1: 114 });
  grid.insert({ x0: -400, y0: -30, x1: -300, y1: -10 });

  it('finds a box that overlaps, with padding, in any cell it spans, beyond the view too, and nothing where there is none', () => {
    expect(grid.overlaps({ x0: 150, y0: 110, x1: 210, y1: 124 }, 0)).toBe(true);
    expect(grid.overlaps({ x0: 162, y0: 100, x1: 220, y1: 114 }, 0)).toBe(false);
    expect(grid.overlaps({ x0: 161, y0: 100, x1: 220, y1: 114 }, 2)).toBe(true);
    expect(grid.overlaps({ x0: -350, y0: -20, x1: -340, y1: -15 }, 0)).toBe(true);
    expect(grid.overlaps({ x0: 300, y0: 300, x1: 400, y1: 320 }, 2)).toBe(false);
  });

  it('gathers the boxes filed round an area, each once, beyond the view too', () => {
    expect(grid.gather(0, 0, 1280, 800)).toEqual([{ x0: 100, y0: 100, x1: 160, y1: 114 }, { x0: -400, y0: -30, x1: -300, y1: -10 }].reverse());
    expect(grid.gather(90, 90, 170, 120)).toEqual([{ x0: 100, y0: 100, x1: 160, y1: 114 }]);
    expect(grid.gather(700, 500, 800, 600)).toEqual([]);
  });
});

describe('LineGrid', () => {
  it('finds a line that crosses a box, wherever along it', () => {
    const lines = new LineGrid(1280, 800);
    lines.insert({ x0: 0, y0: 0, x1: 400, y1: 400 });
    expect(lines.crosses({ x0: 290, y0: 290, x1: 310, y1: 310 }, 0)).toBe(true);
    expect(lines.crosses({ x0: 300, y0: 0, x1: 400, y1: 100 }, 0)).toBe(false);
  });
});
