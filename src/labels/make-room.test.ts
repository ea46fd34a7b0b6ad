import { describe, expect, it } from 'vitest';
import { POINT_SIDES } from './label-box.ts';
import { placeLabels, type LabelCandidate } from './placement.ts';

const shape = { width: 60, height: 14, clearance: 10, dot: 0 };
const label = (id: string, x: number, y: number, tier: LabelCandidate['tier'], extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id, text: id, tier, rank: 0, x, y, sides: POINT_SIDES, ...shape, ...extra,
});
// Damascus's symbol at (100, 100); Syria's label point 40 px to its right, where Damascus's name goes first.
const symbol = { x0: 94, y0: 94, x1: 106, y1: 106 };
const damascus = label('Damascus', 100, 100, 'story');
const syria = label('SYRIA', 140, 100, 'region', { width: 40, sides: ['center'] });

describe('room for a story country', () => {
  it("names the country where a story name stood, that name moved to another side of its own symbol", () => {
    const placed = placeLabels({ width: 400, height: 300, obstacles: [symbol], candidates: [damascus, syria] });
    expect(placed.find((l) => l.text === 'SYRIA')).toMatchObject({ side: 'center', box: { x0: 120, y0: 93, x1: 160, y1: 107 } });
    expect(placed.find((l) => l.text === 'Damascus')).toMatchObject({ side: 'left', box: { x0: 30, y0: 93, x1: 90, y1: 107 } });
  });

  it('leaves the story name where it was, and the country unnamed, when the name has no other free side', () => {
    // Everything round the symbol is taken but its right side.
    const walls = [symbol, { x0: 0, y0: 0, x1: 94, y1: 300 }, { x0: 94, y0: 0, x1: 400, y1: 89 }, { x0: 94, y0: 111, x1: 400, y1: 300 }];
    const placed = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [damascus, syria] });
    expect(placed.map((l) => `${l.text} ${l.side}`)).toEqual(['Damascus right']);
  });

  it("never moves the tour stop's or the selection's name", () => {
    const chosen = { ...damascus, tier: 'focus' as const };
    expect(placeLabels({ width: 400, height: 300, obstacles: [symbol], candidates: [chosen, syria] }).map((l) => `${l.text} ${l.side}`)).toEqual(['Damascus right']);
  });

  it("moves no story name for a country's name that would stand level with the story's symbol, reading as its", () => {
    // Damascus drawn as a symbol (it has a callout): SYRIA where its name stood would read as Damascus's.
    const drawn = { ...damascus, callout: { radius: 6 } };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [symbol], candidates: [drawn, syria] });
    expect(placed.map((l) => `${l.text} ${l.side}`)).toEqual(['Damascus right']);
  });
});
