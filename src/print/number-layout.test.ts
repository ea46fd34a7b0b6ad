import { describe, expect, it } from 'vitest';
import { layoutNumbers, NUMBER_LAYOUT_DEFAULTS, overlaps, segmentCrosses, type Box, type NumberAnchor } from './number-layout.ts';

/** Five places on one spot (a city's attacks), two close by, one alone, and a point on a line. */
const ANCHORS: NumberAnchor[] = [
  { id: 'a', label: '1', x: 300, y: 200, radius: 11 },
  { id: 'b', label: '2', x: 300, y: 200, radius: 11 },
  { id: 'c', label: '3', x: 301, y: 201, radius: 11 },
  { id: 'd', label: '4', x: 302, y: 199, radius: 11 },
  { id: 'e', label: '12', x: 299, y: 202, radius: 11 },
  { id: 'f', label: '13', x: 330, y: 215, radius: 11 },
  { id: 'g', label: '14', x: 320, y: 180, radius: 11 },
  { id: 'h', label: '20', x: 800, y: 500, radius: 11 },
  { id: 'line', label: '21', x: 600, y: 300, radius: 0 },
];
const SYMBOLS: Box[] = ANCHORS.filter((a) => a.radius > 0).map((a) => ({ x: a.x - a.radius, y: a.y - a.radius, width: 2 * a.radius, height: 2 * a.radius }));
const LABEL: Box = { x: 330, y: 160, width: 120, height: 20 };

describe('layoutNumbers', () => {
  const { placed, unplaced } = layoutNumbers(ANCHORS, { width: 1000, height: 700, obstacles: [LABEL] });

  it('places every number, each once', () => {
    expect(unplaced).toEqual([]);
    expect(placed.map((p) => p.id).sort()).toEqual(ANCHORS.map((a) => a.id).sort());
  });

  it('overlaps no other tag, no symbol and no obstacle, and stays on the page', () => {
    for (const [i, p] of placed.entries()) {
      for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box), `${p.label} and ${q.label}`).toBe(false);
      for (const symbol of SYMBOLS) expect(overlaps(p.box, symbol), `${p.label} on a symbol`).toBe(false);
      expect(overlaps(p.box, LABEL), `${p.label} on the label`).toBe(false);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.y + p.box.height).toBeLessThanOrEqual(700);
    }
  });

  it('draws no leader through another tag', () => {
    for (const p of placed) {
      for (const q of placed) if (p !== q && p.leader) expect(segmentCrosses(p.leader.from, p.leader.to, q.box), `${p.label}'s leader over ${q.label}`).toBe(false);
    }
  });

  it('puts a lone place’s number right beside it, and crowded ones further out on leaders to their place', () => {
    const lone = placed.find((p) => p.id === 'h');
    expect(lone?.leader).toBeNull();
    // A point on a line is joined to its tag, even beside it: which of several lines it numbers is then plain.
    const line = placed.find((p) => p.id === 'line');
    expect(line?.leader?.from).toEqual([600, 300]);
    expect(Math.hypot((line?.leader?.to[0] ?? 0) - 600, (line?.leader?.to[1] ?? 0) - 300)).toBeLessThan(10);
    expect(Math.hypot((lone?.box.x ?? 0) - 800, (lone?.box.y ?? 0) - 500)).toBeLessThan(40);
    const crowded = placed.filter((p) => ['a', 'b', 'c', 'd', 'e'].includes(p.id));
    expect(crowded.filter((p) => p.leader).length).toBeGreaterThanOrEqual(3);
    for (const p of crowded) if (p.leader) expect(p.leader.from).toEqual([ANCHORS.find((a) => a.id === p.id)?.x, ANCHORS.find((a) => a.id === p.id)?.y]);
  });

  it('widens a tag for a longer number', () => {
    const one = placed.find((p) => p.label === '1');
    const two = placed.find((p) => p.label === '12');
    expect((two?.box.width ?? 0) - (one?.box.width ?? 0)).toBeCloseTo(NUMBER_LAYOUT_DEFAULTS.charWidth);
  });

  it('says which numbers found no room, on a page too small for them', () => {
    const tight = layoutNumbers(ANCHORS.slice(0, 5), { width: 60, height: 60, rings: 2 });
    expect(tight.unplaced.length).toBeGreaterThan(0);
    expect(tight.placed.length + tight.unplaced.length).toBe(5);
  });
});

describe('segmentCrosses', () => {
  const box = { x: 10, y: 10, width: 10, height: 10 };
  it('finds a segment through a box, and not one beside it or stopping short', () => {
    expect(segmentCrosses([0, 15], [30, 15], box)).toBe(true);
    expect(segmentCrosses([0, 0], [30, 5], box)).toBe(false);
    expect(segmentCrosses([0, 15], [5, 15], box)).toBe(false);
  });
});
