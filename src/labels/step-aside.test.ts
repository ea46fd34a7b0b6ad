import { describe, expect, it } from 'vitest';
import { coverBox, type Side } from './label-box.ts';
import type { LabelCandidate, PlacedLabel } from './placement.ts';
import { stepAside } from './step-aside.ts';

const shape = { width: 60, height: 14, clearance: 10, dot: 0 };
const name = (id: string, x: number, y: number, sides: readonly Side[], tier: LabelCandidate['tier'] = 'story'): LabelCandidate => ({ id, text: id, tier, rank: 0, x, y, sides, ...shape });
const besideOwn = (c: LabelCandidate, side: Side, extra: Partial<PlacedLabel> = {}): PlacedLabel => {
  const cover = coverBox(c.x, c.y, c, side);
  return { id: c.id, text: c.text, tier: c.tier, side, box: cover, cover, ...extra };
};

// Two cities 14 px apart, one above the other: Jerusalem's name, to its right, is in the way of Damascus's.
const jerusalem = name('Jerusalem', 100, 124, ['right', 'below']);
const damascus = name('Damascus', 100, 110, ['right']);
const byId = new Map([jerusalem, damascus].map((c) => [c.id, c]));
const anywhere = () => true;
const everyName = () => true;

describe('stepAside', () => {
  it("sets a name beside its symbol where the one story name in its way can step to another free side of its own", () => {
    const stepped = stepAside(damascus, [besideOwn(jerusalem, 'right')], byId, anywhere, 2, everyName);
    expect(stepped?.label).toMatchObject({ id: 'Damascus', side: 'right', box: coverBox(100, 110, damascus, 'right') });
    expect(stepped?.moved).toMatchObject({ id: 'Jerusalem', side: 'below', box: coverBox(100, 124, jerusalem, 'below') });
  });

  it('moves no name where it would then read as another symbol\'s', () => {
    // A third symbol just below Jerusalem's: its name, stepped below, would read as that one's.
    const notBelow = (_box: unknown, _c: LabelCandidate, side: Side) => side !== 'below';
    expect(stepAside(damascus, [besideOwn(jerusalem, 'right')], byId, anywhere, 2, notBelow)).toBeNull();
  });

  it('moves no name on a line, no country, and none where two are in the way or no other side is clear', () => {
    const line = { x0: 100, y0: 124, x1: 110, y1: 124 };
    expect(stepAside(damascus, [besideOwn(jerusalem, 'right', { leader: line })], byId, anywhere, 2, everyName)).toBeNull();
    const country = name('Jerusalem', 100, 124, ['right', 'below'], 'region');
    expect(stepAside(damascus, [besideOwn(country, 'right')], new Map([[country.id, country]]), anywhere, 2, everyName)).toBeNull();
    const sinai = name('Sinai', 140, 96, ['right']);
    expect(stepAside(damascus, [besideOwn(jerusalem, 'right'), besideOwn(sinai, 'right')], new Map([...byId, [sinai.id, sinai]]), anywhere, 2, everyName)).toBeNull();
    const below = coverBox(100, 124, jerusalem, 'below');
    expect(stepAside(damascus, [besideOwn(jerusalem, 'right')], byId, (box) => box.y0 !== below.y0, 2, everyName)).toBeNull();
  });
});
