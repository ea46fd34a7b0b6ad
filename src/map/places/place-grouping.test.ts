import { describe, expect, it } from 'vitest';
import { groupPlaces, openingZoom } from './place-grouping.ts';
import { groupName } from './group-name.ts';
import { LAYER_LABELS } from '../../story/layers.ts';

const at = (id: string, x: number, y: number, size = 26) => ({ id, x, y, size });

describe('groupPlaces', () => {
  it('leaves places that stand clear as single symbols at their true place', () => {
    expect(groupPlaces([at('a', 0, 0), at('b', 100, 0)])).toEqual([
      { ids: ['a'], x: 0, y: 0, size: 26, cities: [] },
      { ids: ['b'], x: 100, y: 0, size: 26, cities: [] },
    ]);
  });

  it('merges overlapping symbols into one group at their centre, never moving a single one', () => {
    const symbols = groupPlaces([at('bataclan', 0, 0), at('terraces', 10, 4), at('stade', 5, -20), at('far', 300, 300)]);
    expect(symbols).toEqual([
      { ids: ['bataclan', 'terraces', 'stade'], x: 5, y: -16 / 3, size: 32, cities: [] },
      { ids: ['far'], x: 300, y: 300, size: 26, cities: [] },
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

describe('groupPlaces by city', () => {
  const site = (id: string, city: string, x: number, y: number, size = 26) => ({ id, x, y, size, city });

  it("merges one city's overlapping sites into one symbol that names the city", () => {
    const symbols = groupPlaces([site('bataclan', 'Paris', 0, 0), site('terraces', 'Paris', 2, 1), site('stade', 'Paris', 3, -20)]);
    expect(symbols).toEqual([{ ids: ['bataclan', 'terraces', 'stade'], x: 5 / 3, y: -19 / 3, size: 32, cities: ['Paris'] }]);
  });

  it('keeps two cities apart where their symbols only touch or overlap a little', () => {
    // Beirut and Damascus at a laptop's overview: 13 px marks 7 px apart overlap, but do not collide (7 >= 0.5 * 13).
    const symbols = groupPlaces([site('hezbollah', 'Lebanon', 0, 0, 13), site('damascus', 'Damascus', 7, 4, 13)]);
    expect(symbols.map((s) => s.ids)).toEqual([['hezbollah'], ['damascus']]);
  });

  it('merges two cities only where their symbols truly collide, and the group keeps both cities', () => {
    const symbols = groupPlaces([site('buckingham', 'London', 0, 0), site('arena', 'Manchester', 10, -12), site('paris', 'Paris', 200, 0)]);
    expect(symbols.map((s) => [s.ids, s.cities])).toEqual([
      [['buckingham', 'arena'], ['London', 'Manchester']],
      [['paris'], ['Paris']],
    ]);
  });

  it("merges a city's sites at the distance that would keep two cities apart", () => {
    // 20 px apart: sites of one city merge (20 < 26 + 4), sites of two cities do not (20 >= 0.5 * 26).
    expect(groupPlaces([site('a', 'Paris', 0, 0), site('b', 'Paris', 20, 0)])).toHaveLength(1);
    expect(groupPlaces([site('a', 'Paris', 0, 0), site('b', 'Brussels', 20, 0)])).toHaveLength(2);
  });

  it('lets a place with no city merge with anything it overlaps, as before', () => {
    expect(groupPlaces([site('a', 'Paris', 0, 0), at('b', 20, 0)]).map((s) => s.ids)).toEqual([['a', 'b']]);
  });
});

describe('openingZoom', () => {
  it('finds the least zoom at which a group opens into places standing alone', () => {
    // 1 world pixel apart at zoom 0: 26 + 4 = 30 pixels apart are needed, so 2^z >= 30, z = 5 (in steps of 1).
    expect(openingZoom([at('a', 0, 0), at('b', 1, 0)], 2, { maxZoom: 16, step: 1 })).toBe(5);
    expect(openingZoom([at('a', 0, 0), at('b', 1, 0)], 2, { maxZoom: 16, step: 0.25 })).toBe(5);
  });

  it('opens in one step, every place named, unless only one place is asked to stand alone', () => {
    const places = [at('a', 0, 0), at('b', 0.1, 0), at('far', 4, 0)];
    // far leaves the pair's group (32 px, at 0.05) once (4 - 0.05) * 2^z >= 16 + 13 + 4, z = 4;
    // a and b part once 0.1 * 2^z >= 30, z = 9: the group opens there, in one step.
    expect(openingZoom(places, 1, { maxZoom: 16, step: 1 })).toBe(9);
    expect(openingZoom(places, 1, { maxZoom: 16, step: 1, alone: 'far' })).toBe(4);
    expect(openingZoom(places, 1, { maxZoom: 16, step: 1, alone: 'a' })).toBe(9);
  });

  it('stops at the camera\'s closest zoom', () => {
    expect(openingZoom([at('a', 3, 3), at('b', 3, 3)], 2, { maxZoom: 16, step: 1 })).toBe(16);
    expect(openingZoom([at('a', 0, 0), at('b', 0.001, 0)], 2, { maxZoom: 10, step: 1 })).toBe(10);
  });

  it('opens later where symbols are drawn larger at that zoom', () => {
    // At half size (13 px, groups 16), 1 px apart at zoom 0 part once 2^z >= 13 + 4: z = 5 still (2^4 = 16 < 17).
    expect(openingZoom([at('a', 0, 0), at('b', 1, 0)], 2, { maxZoom: 16, step: 1, sizeAt: (p) => p.size * 0.5 })).toBe(5);
    expect(openingZoom([at('a', 0, 0), at('b', 1.5, 0)], 2, { maxZoom: 16, step: 1, sizeAt: (p) => p.size * 0.5 })).toBe(4);
    expect(openingZoom([at('a', 0, 0), at('b', 1.5, 0)], 2, { maxZoom: 16, step: 1 })).toBe(5);
  });
});

describe('groupName', () => {
  const member = (city: string | undefined, kind = 'attacks', label = 'Site') => ({ city, kind, label });

  it("names one city's sites by the city, with how many and of what kind", () => {
    expect(groupName([member('Paris'), member('Paris'), member('Paris')])).toBe('Paris · 3 attacks');
    expect(groupName([member('Brussels'), member('Brussels', 'networks'), member('Brussels', 'context')])).toBe('Brussels · 3 places');
  });

  it('counts each layer with a noun that reads after a number (context has none of its own)', () => {
    const two = (layer: keyof typeof LAYER_LABELS) => groupName(['a', 'b'].map((label) => member('Washington', LAYER_LABELS[layer].counted, label)));
    expect(two('context')).toBe('Washington · 2 places');
    expect(two('attacks')).toBe('Washington · 2 attacks');
    expect(two('strongholds')).toBe('Washington · 2 strongholds');
  });

  it('names the cities that collide, as a reader says them', () => {
    expect(groupName([member('Manchester'), member('London', 'context'), member('Manchester', 'networks')])).toBe('Manchester and London');
    expect(groupName([member('Jerusalem'), member('Damascus'), member('Lebanon')])).toBe('Damascus, Jerusalem and Lebanon');
    expect(groupName(['A', 'B', 'C', 'D', 'E'].map((c) => member(c)))).toBe('A, B and 3 more');
  });

  it('names places with no city by their labels, the most common first, with the count', () => {
    expect(groupName([member(undefined, 'attacks', 'Site 1'), member(undefined, 'attacks', 'Site 2'), member(undefined, 'attacks', 'Site 2'), member(undefined, 'attacks', 'Site 3')])).toBe('Site 2, Site 1 +1 · 4');
  });
});
