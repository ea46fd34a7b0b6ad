import { describe, expect, it } from 'vitest';
import { BoxGrid, LineGrid } from './box-grid.ts';
import { roomFor, roomIn } from './callout-room.ts';

describe('callout room', () => {
  const obstacles = new BoxGrid(1280, 800);
  const labels = new BoxGrid(1280, 800);
  const lines = new LineGrid(1280, 800);
  // Two symbols, the second overlapping the first where its line starts; a label and a line placed.
  obstacles.insert({ x0: 120, y0: 100, x1: 140, y1: 120 });
  obstacles.insert({ x0: 132, y0: 104, x1: 152, y1: 124 });
  labels.insert({ x0: 200, y0: 40, x1: 260, y1: 54 });
  lines.insert({ x0: 300, y0: 100, x1: 300, y1: 200 });
  const room = roomIn({ x0: 60, y0: 20, x1: 340, y1: 220 }, 2, { obstacles, labels, lines });
  const own = { x: 130, y: 110 };

  it('gathers what lies round the anchor, and nothing from beyond it', () => {
    expect(room.obstacles).toHaveLength(2);
    expect(room.labels).toHaveLength(1);
    expect(room.lines).toHaveLength(1);
    expect(roomIn({ x0: 600, y0: 400, x1: 700, y1: 500 }, 2, { obstacles, labels, lines })).toEqual({ obstacles: [], labels: [], lines: [] });
  });

  it('takes a spot clear of everything, its line crossing only its own symbol', () => {
    expect(roomFor(room, { x0: 80, y0: 40, x1: 120, y1: 54 }, { x0: 125, y0: 105, x1: 120, y1: 54 }, own, 2)).toBe(true);
  });

  it('refuses a spot over a symbol, a label or a line, or within the padding of one', () => {
    expect(roomFor(room, { x0: 100, y0: 90, x1: 125, y1: 104 }, { x0: 125, y0: 105, x1: 120, y1: 104 }, own, 2)).toBe(false);
    expect(roomFor(room, { x0: 180, y0: 45, x1: 210, y1: 59 }, { x0: 125, y0: 100, x1: 180, y1: 59 }, own, 2)).toBe(false);
    expect(roomFor(room, { x0: 262, y0: 40, x1: 290, y1: 54 }, { x0: 125, y0: 100, x1: 262, y1: 54 }, own, 0)).toBe(true);
    expect(roomFor(room, { x0: 262, y0: 40, x1: 290, y1: 54 }, { x0: 125, y0: 100, x1: 262, y1: 54 }, own, 2)).toBe(false);
    expect(roomFor(room, { x0: 290, y0: 150, x1: 330, y1: 164 }, { x0: 135, y0: 115, x1: 290, y1: 150 }, own, 2)).toBe(false);
  });

  it("refuses a line through a label or through a neighbour's symbol, even one overlapping its own", () => {
    expect(roomFor(room, { x0: 262, y0: 20, x1: 300, y1: 34 }, { x0: 125, y0: 100, x1: 280, y1: 34 }, own, 2)).toBe(false);
    expect(roomFor(room, { x0: 160, y0: 130, x1: 200, y1: 144 }, { x0: 135, y0: 112, x1: 160, y1: 130 }, own, 2)).toBe(false);
  });

  it("lets a story name's line cross only the symbol centred on its anchor, an area's any symbol over its point", () => {
    // An anchor at (136, 112) lies under both symbols and is the centre of neither: its line out to
    // the upper left crosses the first.
    const under = { x: 136, y: 112 };
    const spot = { x0: 80, y0: 40, x1: 120, y1: 54 };
    const leader = { x0: 133, y0: 108, x1: 120, y1: 54 };
    expect(roomFor(room, spot, leader, under, 2, true)).toBe(false);
    expect(roomFor(room, spot, leader, under, 2, false)).toBe(true);
    // From the first symbol's own centre, a story name's line may leave through it.
    expect(roomFor(room, spot, { x0: 125, y0: 105, x1: 120, y1: 54 }, own, 2, true)).toBe(true);
  });
});
