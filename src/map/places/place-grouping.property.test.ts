import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupPlaces, type PlaceGroup, type PlaceToGroup } from './place-grouping.ts';

/** The plain way: every pair compared, joined ones (overlapping in one city, colliding across two) merged and compared again. */
function groupByEveryPair(places: readonly PlaceToGroup[], gap = 4, groupSize = 32, rounds = 12): string[][] {
  let symbols: PlaceGroup[] = places.map((p) => ({ ids: [p.id], x: p.x, y: p.y, size: p.size, cities: p.city === undefined ? [] : [p.city] }));
  for (let round = 0; round < rounds; round += 1) {
    const sets = symbols.map((s) => new Set([s]));
    let joined = false;
    for (const [i, a] of symbols.entries()) {
      for (const b of symbols.slice(i + 1)) {
        const sameCity = a.cities.length === 0 || b.cities.length === 0 || a.cities.some((c) => b.cities.includes(c));
        const apart = sameCity ? (a.size + b.size) / 2 + gap : (0.5 * (a.size + b.size)) / 2;
        const [setA, setB] = [sets.find((set) => set.has(a)), sets.find((set) => set.has(b))];
        if (Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart && setA && setB && setA !== setB) {
          for (const s of setB) setA.add(s);
          setB.clear();
          joined = true;
        }
      }
    }
    if (!joined) break;
    symbols = sets.filter((set) => set.size > 0).map((set) => {
      const members = [...set].flatMap((s) => s.ids).map((id) => places.find((p) => p.id === id)).filter((p): p is PlaceToGroup => p !== undefined);
      const only = members.length === 1 ? members[0] : undefined;
      return {
        ids: members.map((p) => p.id),
        x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
        y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
        size: only ? only.size : groupSize,
        cities: [...new Set(members.flatMap((p) => (p.city === undefined ? [] : [p.city])))],
      };
    });
  }
  return symbols.map((s) => [...s.ids].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

describe('groupPlaces', () => {
  it('joins the same places as comparing every pair would, crowded or sparse, small symbols or large, with cities or none', () => {
    const place = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 400 }), size: fc.constantFrom(12, 26, 30, 42), city: fc.constantFrom(undefined, 'Paris', 'Brussels', 'London') });
    fc.assert(
      fc.property(fc.array(place, { maxLength: 60 }), (drawn) => {
        const places = drawn.map((p, i) => ({ ...p, id: `p${String(i).padStart(2, '0')}` }));
        const grouped = groupPlaces(places).map((g) => [...g.ids].sort()).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
        expect(grouped).toEqual(groupByEveryPair(places));
      }),
      { numRuns: 300 },
    );
  });
});
