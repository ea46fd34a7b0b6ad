/** A country's name stands over its own land or the sea, never over another country's (over-another-country.ts). */
import { describe, expect, it } from 'vitest';
import type { Box } from './label-box.ts';
import { overAnotherCountry } from './over-another-country.ts';
import { placeLabels, type LabelCandidate } from './placement.ts';

/** Syria west of x = 120 and north of y = 110, Iraq east of it, Turkey north of y = 70, the sea south of y = 110. */
const land = (x: number, y: number): string | null => (y > 110 ? null : y < 70 ? 'Turkey' : x < 120 ? 'Syria' : 'Iraq');

describe('overAnotherCountry', () => {
  const box = (x0: number, y: number): Box => ({ x0, y0: y - 7, x1: x0 + 60, y1: y + 7 });
  it('reads a name as another country\'s where that country is under its middle', () => {
    expect(overAnotherCountry('Syria', box(140, 90), land)).toBe(true);
    expect(overAnotherCountry('Iraq', box(140, 90), land)).toBe(false);
  });
  it('reads it as its own by its own border: the line leads over it', () => {
    // Its middle 10 px inside Iraq: its own; 20 px inside: Iraq's.
    expect(overAnotherCountry('Syria', box(100, 90), land)).toBe(false);
    expect(overAnotherCountry('Syria', box(110, 90), land)).toBe(true);
  });
  it('reads it as its own over its own land, over the sea, and over a coast', () => {
    expect(overAnotherCountry('Syria', box(40, 90), land)).toBe(false);
    expect(overAnotherCountry('Syria', box(100, 130), land)).toBe(false);
    // Its middle at sea, one end over Iraq: still its own.
    expect(overAnotherCountry('Syria', { x0: 60, y0: 105, x1: 150, y1: 119 }, (x, y) => (x > 140 ? 'Iraq' : land(x, y)))).toBe(false);
  });
  it('reads it as another\'s where three of five points along it stand over other countries', () => {
    // Its middle at sea (a gulf), its ends and quarters over Saudi Arabia and Iran.
    const gulf = (x: number) => (x === 130 ? null : x < 130 ? 'Saudi Arabia' : 'Iran');
    expect(overAnotherCountry('Iraq', { x0: 100, y0: 0, x1: 160, y1: 14 }, gulf)).toBe(true);
    expect(overAnotherCountry('Iraq', { x0: 100, y0: 0, x1: 160, y1: 14 }, (x) => (x <= 115 ? 'Saudi Arabia' : x === 130 ? null : 'Iraq'))).toBe(false);
    // Its middle at sea, a gulf between Kuwait and Iran at its ends: theirs; with one other coast only, its own.
    expect(overAnotherCountry('Iraq', { x0: 100, y0: 0, x1: 160, y1: 14 }, (x) => (x === 145 || x === 160 ? 'Iran' : null))).toBe(false);
    const strait = (x: number) => (x === 100 ? 'Kuwait' : x === 160 ? 'Iran' : null);
    expect(overAnotherCountry('Iraq', { x0: 100, y0: 0, x1: 160, y1: 14 }, strait)).toBe(true);
    expect(overAnotherCountry('Iraq', { x0: 100, y0: 0, x1: 160, y1: 14 }, (x) => (x === 160 ? 'Iran' : null))).toBe(false);
  });
  it('reads it as its own where its middle stands on its own land, however far its ends reach', () => {
    // "GERMANY" in large type, from Belgium to Poland: only its middle over Germany.
    const wide = (x: number) => (x < 125 || x > 135 ? (x < 130 ? 'Belgium' : 'Poland') : 'Germany');
    expect(overAnotherCountry('Germany', { x0: 60, y0: 0, x1: 200, y1: 20 }, wide)).toBe(false);
  });
});

describe('placeLabels: a country called out', () => {
  const shape = { width: 60, height: 14, clearance: 10, dot: 0 };
  // Syria's label point hemmed in by a post on it (a symbol not the story's); the room round it free.
  const syria: LabelCandidate = { id: 'Syria', text: 'Syria', tier: 'region', rank: 0, x: 100, y: 90, sides: ['center'], ...shape, callout: { radius: 0, reach: 40 }, area: 'Syria' };
  const obstacles = [{ x0: 94, y0: 84, x1: 106, y1: 96 }];
  const middleOf = (placed: ReturnType<typeof placeLabels>) => {
    const box = placed.find((l) => l.id === 'Syria')?.box;
    return box && { x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 };
  };

  it('is set where no other country lies under its name', () => {
    // Unaware of the land, its first spot stands over Turkey; aware of it, not.
    const blind = middleOf(placeLabels({ width: 400, height: 300, obstacles, candidates: [syria] }));
    expect(blind && land(blind.x, blind.y)).toBe('Turkey');
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: [syria], countryAt: land });
    const middle = middleOf(placed);
    expect(middle).toBeDefined();
    expect(overAnotherCountry('Syria', placed.find((l) => l.id === 'Syria')?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 }, land)).toBe(false);
  });

  it('is left unnamed rather than set over another country', () => {
    const everywhereIraq = (x: number, y: number) => (Math.hypot(x - 100, y - 90) < 8 ? 'Syria' : 'Iraq');
    expect(placeLabels({ width: 400, height: 300, obstacles, candidates: [syria], countryAt: everywhereIraq }).some((l) => l.id === 'Syria')).toBe(false);
    // Where the land is its own or the sea, it is named.
    expect(placeLabels({ width: 400, height: 300, obstacles, candidates: [syria], countryAt: () => null }).some((l) => l.id === 'Syria')).toBe(true);
  });
});
