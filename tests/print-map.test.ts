/** The printed map of the real story: its frame, the places it leaves out and say so, its numbers. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listOrder } from '../src/places/list-order.ts';
import { overlaps } from '../src/print/number-layout.ts';
import { PRINT_SYMBOL_SIZE, printMapLayout } from '../src/print/print-map-layout.ts';
import { validateStory } from '../src/story/validate-story.ts';

const GEO = new URL('../geo/', import.meta.url);
const result = validateStory(Object.fromEntries(readdirSync(GEO).map((name) => [name, readFileSync(new URL(name, GEO), 'utf8')])), 'geo/');
if (!result.ok) throw new Error('geo/ is invalid');
const { features } = result.story;
const numbers = new Map(listOrder(features, '').flatMap((g) => g.features).map((f, i) => [f.id, i + 1]));
const layout = printMapLayout(features, numbers);

describe('the printed map of geo/', () => {
  it('frames Europe and the Middle East, and lists the seven places beyond it as not on the map', () => {
    expect(layout.offMap.map((f) => f.id).sort()).toEqual(
      ['duterte-call', 'manchester-leaks', 'melbourne-suburbs', 'orlando-pulse', 'san-bernardino', 'submarines-north-korea', 'white-house-lavrov'].sort(),
    );
    const inset = layout.inset?.panel.places.map((p) => p.feature.id) ?? [];
    const drawn = [...layout.places.map((p) => p.feature.id), ...inset, ...layout.flows.map((f) => f.feature.id)];
    expect(drawn.length + layout.offMap.length).toBe(features.length);
    for (const off of layout.offMap) expect(drawn).not.toContain(off.id);
  });

  it('enlarges the crowd of Brussels and Paris in an inset, and numbers its places there', () => {
    const inset = layout.inset?.panel;
    expect(inset?.places.map((p) => p.feature.id).sort()).toEqual(features.filter((f) => /^(brussels|paris|molenbeek|nato-summit)/.test(f.id)).map((f) => f.id).sort());
    expect(inset?.numbers.map((n) => n.id).sort()).toEqual(inset?.places.map((p) => p.feature.id).sort());
    for (const n of inset?.numbers ?? []) for (const s of inset?.places ?? []) expect(overlaps(n.box, { x: s.at[0] - 11, y: s.at[1] - 11, width: 22, height: 22 }), n.label).toBe(false);
    // The main map's numbers keep off the inset (Moscow's would fall on it) and the area it enlarges.
    for (const n of layout.numbers) for (const box of [layout.inset?.box, layout.inset?.area]) expect(box && overlaps(n.box, box), n.label).toBe(false);
  });

  it('gives every place and flow on the map its number, clear of every other number and every symbol', () => {
    expect(layout.numbered).toBe(true);
    expect([...layout.numbers, ...(layout.inset?.panel.numbers ?? [])].map((n) => n.id).sort()).toEqual(features.filter((f) => !layout.offMap.includes(f)).map((f) => f.id).sort());
    const symbols = layout.places.map(({ at: [x, y] }) => ({ x: x - PRINT_SYMBOL_SIZE / 2, y: y - PRINT_SYMBOL_SIZE / 2, width: PRINT_SYMBOL_SIZE, height: PRINT_SYMBOL_SIZE }));
    for (const [i, n] of layout.numbers.entries()) {
      expect(n.label).toBe(String(numbers.get(n.id)));
      for (const m of layout.numbers.slice(i + 1)) expect(overlaps(n.box, m.box), `${n.label} and ${m.label}`).toBe(false);
      for (const s of symbols) expect(overlaps(n.box, s), `${n.label} on a symbol`).toBe(false);
      expect(n.box.x).toBeGreaterThanOrEqual(0);
      expect(n.box.x + n.box.width).toBeLessThanOrEqual(layout.width);
      expect(n.box.y + n.box.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('the printed map of a story too large to number', () => {
  it('draws every place without numbers, within its time', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ ...features[0], id: `place-${i}` }) as (typeof features)[number]);
    const started = performance.now();
    const big = printMapLayout(many, new Map(many.map((f, i) => [f.id, i + 1])));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(big.numbered).toBe(false);
    expect(big.numbers).toEqual([]);
    expect(big.places.length).toBe(400);
  });
});
