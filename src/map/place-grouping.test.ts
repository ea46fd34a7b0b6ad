import { describe, expect, it } from 'vitest';
import { groupName, groupPlaces, openingZoom } from './place-grouping.ts';

const at = (id: string, x: number, y: number, size = 26) => ({ id, x, y, size });

describe('groupPlaces', () => {
  it('leaves places that stand clear as single symbols at their true place', () => {
    expect(groupPlaces([at('a', 0, 0), at('b', 100, 0)])).toEqual([
      { ids: ['a'], x: 0, y: 0, size: 26 },
      { ids: ['b'], x: 100, y: 0, size: 26 },
    ]);
  });

  it('merges overlapping symbols into one group at their centre, never moving a single one', () => {
    const symbols = groupPlaces([at('bataclan', 0, 0), at('terraces', 10, 4), at('stade', 5, -20), at('far', 300, 300)]);
    expect(symbols).toEqual([
      { ids: ['bataclan', 'terraces', 'stade'], x: 5, y: -16 / 3, size: 32 },
      { ids: ['far'], x: 300, y: 300, size: 26 },
    ]);
  });

  it('merges a group with a symbol that the group itself comes to overlap', () => {
    // a and b stand clear (20 >= 13+1+4); b and c merge into a group of 32 px at x=27, which then
    // overlaps a (27 < 13+16+4).
    const symbols = groupPlaces([at('a', 0, 0), at('b', 20, 0, 2), at('c', 34, 0)], { gap: 4 });
    expect(symbols.map((s) => s.ids)).toEqual([['a', 'b', 'c']]);
  });

  it('gives the same groups whatever the order of the places and however far the world is panned', () => {
    const places = [at('a', 0, 0), at('b', 12, 0), at('c', 200, 5), at('d', 210, 9)];
    const shifted = places.map((p) => ({ ...p, x: p.x + 5000, y: p.y - 3000 }));
    const key = (s: ReturnType<typeof groupPlaces>) => s.map((g) => g.ids.slice().sort().join('+')).sort();
    expect(key(groupPlaces([...places].reverse()))).toEqual(key(groupPlaces(places)));
    expect(key(groupPlaces(shifted))).toEqual(key(groupPlaces(places)));
  });

  it('leaves no two drawn symbols overlapping', () => {
    const places = Array.from({ length: 200 }, (_, i) => at(`p${i}`, (i * 37) % 400, (i * 53) % 300, 26));
    const symbols = groupPlaces(places);
    for (const [i, a] of symbols.entries()) {
      for (const b of symbols.slice(i + 1)) {
        const apart = (a.size + b.size) / 2 + 4;
        expect(Math.abs(a.x - b.x) >= apart || Math.abs(a.y - b.y) >= apart).toBe(true);
      }
    }
    expect(symbols.flatMap((s) => s.ids).sort()).toEqual(places.map((p) => p.id).sort());
  });
});

describe('openingZoom', () => {
  it('finds the least zoom at which a group opens into more than one symbol', () => {
    // 1 world pixel apart at zoom 0: 26 + 4 = 30 pixels apart are needed, so 2^z >= 30, z = 5 (in steps of 1).
    expect(openingZoom([at('a', 0, 0), at('b', 1, 0)], 2, 16, 1)).toBe(5);
    expect(openingZoom([at('a', 0, 0), at('b', 1, 0)], 2, 16, 0.25)).toBe(5);
  });

  it('opens a level at a time: a far place leaves first, the close pair later', () => {
    const places = [at('a', 0, 0), at('b', 0.1, 0), at('far', 4, 0)];
    // far leaves the pair's group (32 px, at 0.05) once (4 - 0.05) * 2^z >= 16 + 13 + 4, z = 4;
    // a and b part once 0.1 * 2^z >= 30, z = 9.
    expect(openingZoom(places, 1, 16, 1)).toBe(4);
    expect(openingZoom(places, 1, 16, 1, 'far')).toBe(4);
    expect(openingZoom(places, 1, 16, 1, 'a')).toBe(9);
  });

  it('gives the most zoom for places on one spot', () => {
    expect(openingZoom([at('a', 3, 3), at('b', 3, 3)], 2, 16, 1)).toBe(16);
  });
});

describe('groupName', () => {
  it('names a group by its city and count', () => {
    expect(groupName(['Paris', 'Paris', 'Paris'])).toBe('Paris · 3');
  });

  it('names the most common city first and counts the cities beyond two', () => {
    expect(groupName(['Paris', 'Brussels', 'Brussels', 'London', 'Paris', 'Brussels'])).toBe('Brussels, Paris +1 · 6');
  });
});
