import { describe, expect, it } from 'vitest';
import { calloutSpots } from './callout.ts';
import { gapToCircle } from './box-grid.ts';
import { coverBox, POINT_SIDES } from './label-box.ts';
import { placeLabels, type LabelCandidate } from './placement.ts';

const shape = { width: 60, height: 14, clearance: 10, dot: 0 };
const label = (id: string, x: number, y: number, tier: LabelCandidate['tier'], rank = 0, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id, text: id, tier, rank, x, y, sides: POINT_SIDES, ...shape, ...extra,
});

describe('placeLabels: a name reads as its own symbol\'s', () => {
  it('sets no story name on a side nearer another story symbol than its own', () => {
    // NATO's triangle at (100, 100); Maalbeek's circle 42 px right and 26 below. Below NATO, its name
    // would stand 3 px from Maalbeek's circle and 4 px from its own triangle: it reads as Maalbeek's.
    const nato = label('NATO HQ', 100, 100, 'story', 0, { sides: ['below', 'right'], callout: { radius: 6 } });
    const maalbeek = label('Maalbeek', 142, 126, 'story', 1, { sides: ['right'], callout: { radius: 9 } });
    const obstacles = [{ x0: 94, y0: 94, x1: 106, y1: 106 }, { x0: 133, y0: 117, x1: 151, y1: 135 }];
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: [nato, maalbeek] });
    expect(placed.find((p) => p.id === 'NATO HQ')?.side).toBe('right');
    // Without Maalbeek's circle, below is NATO's first choice.
    expect(placeLabels({ width: 400, height: 300, obstacles: obstacles.slice(0, 1), candidates: [nato] })[0]?.side).toBe('below');
  });

  it('sets no story name at a corner of its symbol where another story symbol stands about as near', () => {
    // Brussels's disc at (100, 100), Moscow's triangle 25 px right: above and to the right of the disc,
    // "Brussels" would stand 4 px from its disc and 5 px over the triangle: it reads as Moscow's.
    const brussels = label('Brussels', 100, 100, 'story', 0, { sides: ['above-right', 'left'], clearance: 14, callout: { radius: 10 } });
    const moscow = label('Moscow', 125, 96, 'story', 1, { sides: ['right'], callout: { radius: 5 } });
    const obstacles = [{ x0: 90, y0: 90, x1: 110, y1: 110 }, { x0: 120, y0: 91, x1: 130, y1: 101 }];
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: [brussels, moscow] });
    expect(placed.find((p) => p.id === 'Brussels')?.side).toBe('left');
    // Without the triangle, above and to the right is its first choice.
    expect(placeLabels({ width: 400, height: 300, obstacles: obstacles.slice(0, 1), candidates: [brussels] })[0]?.side).toBe('above-right');
  });

  it('sets no story name at a corner of its symbol level with another story symbol at one of its ends', () => {
    // NATO's triangle at (100, 100); below and right of it, "NATO HQ" would stand level with Maalbeek's
    // circle, 12 px left of the name's start: it reads as Maalbeek's, though nearer its own triangle.
    const nato = label('NATO HQ', 100, 100, 'story', 0, { sides: ['below-right', 'above-right'], callout: { radius: 6 } });
    const corner = coverBox(100, 100, nato, 'below-right');
    const maalbeek = label('Maalbeek', corner.x0 - 12, (corner.y0 + corner.y1) / 2, 'story', 1, { sides: ['left'], callout: { radius: 5 } });
    const obstacles = [{ x0: 94, y0: 94, x1: 106, y1: 106 }, { x0: maalbeek.x - 5, y0: maalbeek.y - 5, x1: maalbeek.x + 5, y1: maalbeek.y + 5 }];
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: [nato, maalbeek] });
    expect(placed.find((p) => p.id === 'NATO HQ')?.side).toBe('above-right');
    expect(placeLabels({ width: 400, height: 300, obstacles: obstacles.slice(0, 1), candidates: [nato] })[0]?.side).toBe('below-right');
  });

  it('sets no other name level with a story symbol just beyond one of its ends: it would read as that symbol\'s', () => {
    // A basemap city at (100, 100); Libya's square 5 px beyond the end of its name set to the right.
    const tripoli = label('Tripoli', 100, 100, 'basemap', 0, { sides: ['right', 'left'] });
    const right = coverBox(100, 100, tripoli, 'right');
    const libya = label('Libya', right.x1 + 5 + 6, 100, 'story', 1, { sides: ['below'], callout: { radius: 6 } });
    const square = { x0: libya.x - 6, y0: 94, x1: libya.x + 6, y1: 106 };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [square], candidates: [libya, tripoli] });
    expect(placed.find((p) => p.id === 'Tripoli')?.side).toBe('left');
    // 12 px beyond, it is the city's own.
    const far = { ...libya, x: right.x1 + 12 + 6 };
    expect(placeLabels({ width: 400, height: 300, obstacles: [{ ...square, x0: far.x - 6, x1: far.x + 6 }], candidates: [far, tripoli] }).find((p) => p.id === 'Tripoli')?.side).toBe('right');
  });

  it('sets no story name at a corner of its symbol where another story symbol stands nearer the middle of the name', () => {
    // Manchester's dot at (100, 100); above and right of it, the name would stand over Moscow's
    // triangle, 11 px under the middle of the name: it reads as Moscow's.
    const manchester = label('Manchester', 100, 100, 'story', 0, { sides: ['above-right', 'left'], callout: { radius: 6 } });
    const corner = coverBox(100, 100, manchester, 'above-right');
    const moscow = label('Moscow', (corner.x0 + corner.x1) / 2 + 20, corner.y1 + 15, 'story', 1, { sides: ['right'], callout: { radius: 4 } });
    const obstacles = [{ x0: 94, y0: 94, x1: 106, y1: 106 }, { x0: moscow.x - 4, y0: moscow.y - 4, x1: moscow.x + 4, y1: moscow.y + 4 }];
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: [manchester, moscow] });
    expect(placed.find((p) => p.id === 'Manchester')?.side).toBe('left');
    expect(placeLabels({ width: 400, height: 300, obstacles: obstacles.slice(0, 1), candidates: [manchester] })[0]?.side).toBe('above-right');
  });

  it("calls out a country's name where it reads as no story symbol's, where there is such a spot, else where it can", () => {
    // Belgium's label point hemmed in on every side by small neighbours: its name is called out.
    const walls = [{ x0: 140, y0: 96, x1: 148, y1: 104 }, { x0: 52, y0: 96, x1: 60, y1: 104 }, { x0: 96, y0: 78, x1: 104, y1: 86 }, { x0: 96, y0: 114, x1: 104, y1: 122 }];
    const belgium = (reach: number): LabelCandidate => label('Belgium', 100, 100, 'region', 0, { sides: ['right', 'left', 'above', 'below'], callout: { radius: 0, reach, places: [{ x: 100, y: 100 }] } });
    // The first spot tried: Paris's disc stands level with its right end, 4 px off.
    const first = calloutSpots(100, 100, shape, 0, 32)[0]?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const paris = { x: first.x1 + 10, y: (first.y0 + first.y1) / 2, r: 6 };
    const disc = { x0: paris.x - 6, y0: paris.y - 6, x1: paris.x + 6, y1: paris.y + 6 };
    const parisName = label('Paris', paris.x, paris.y, 'story', 0, { sides: ['right'], callout: { radius: 6 } });
    const placed = placeLabels({ width: 400, height: 300, obstacles: [...walls, disc], candidates: [parisName, belgium(32)] });
    const box = placed.find((label) => label.id === 'Belgium')?.box;
    expect(box).toBeDefined();
    const b = box ?? first;
    const level = paris.y >= b.y0 && paris.y <= b.y1 && gapToCircle(b, paris) < 8;
    expect(level || gapToCircle(b, paris) < 16).toBe(false);
    // Every spot within its reach (18 px) by a disc's edge: the name goes a step farther, clear of it.
    const big = { x0: 86, y0: 86, x1: 114, y1: 114 };
    const farther = placeLabels({ width: 400, height: 300, obstacles: [...walls, big], candidates: [label('Brussels', 100, 100, 'story', 0, { sides: [], callout: { radius: 14 } }), belgium(18)] });
    const line = farther.find((l) => l.id === 'Belgium')?.leader ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    expect(Math.hypot(line.x1 - line.x0, line.y1 - line.y0)).toBeGreaterThan(shape.clearance + 18);
    // Every spot up to AREA_CLEAR_REACH by one: the name is still set, within its own reach.
    const hemmedBy = label('Brussels', 100, 100, 'story', 0, { sides: [], callout: { radius: 80 } });
    const names = placeLabels({ width: 400, height: 300, obstacles: [...walls, big], candidates: [hemmedBy, belgium(18)] });
    const set = names.find((l) => l.id === 'Belgium')?.leader;
    expect(set).toBeDefined();
    const near = set ?? { x0: 0, y0: 0, x1: 1000, y1: 1000 };
    expect(Math.hypot(near.x1 - near.x0, near.y1 - near.y0)).toBeLessThanOrEqual(shape.clearance + 18 + 0.01);
  });

  it("ends a country's line out of reading reach of the story's symbols where one of its points is", () => {
    // Syria's label point 10 px from Raqqa's square (clear of it by the obstacles' 8 px, but read as its), another point far off.
    const raqqa = label('Raqqa', 114, 100, 'story', 0, { callout: { radius: 4 } });
    const square = { x0: 110, y0: 96, x1: 118, y1: 104 };
    const syria = label('Syria', 100, 100, 'region', 0, { sides: ['center'], callout: { radius: 0, reach: 32 }, alsoAt: [{ x: 200, y: 200, sides: ['center'] }] });
    // A post in the way of its name at each point: it is called out from one of them.
    const post = { x0: 185, y0: 196, x1: 189, y1: 204 };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [square, post], candidates: [raqqa, syria] });
    const line = placed.find((l) => l.id === 'Syria')?.leader;
    expect([line?.x0, line?.y0]).toEqual([200, 200]);
  });

  it("ends a country's line at a story symbol only where the symbol stands on one of its places", () => {
    // Israel's every point under Sinai's ring (a stop of the tour); Belgium's under Brussels's disc.
    const ring = label('Sinai', 100, 100, 'story', 0, { sides: [], callout: { radius: 24 } });
    const under = [{ x0: 76, y0: 76, x1: 124, y1: 124 }];
    const country = (places: { x: number; y: number }[]) => label('Israel', 110, 96, 'region', 0, { sides: ['center'], callout: { radius: 0, reach: 32, places } });
    const named = (places: { x: number; y: number }[]) => placeLabels({ width: 400, height: 300, obstacles: under, candidates: [ring, country(places)] }).some((l) => l.id === 'Israel');
    // Its own place elsewhere (Jerusalem, 40 px off): the ring is Sinai's, and Israel is left unnamed.
    expect(named([{ x: 140, y: 80 }])).toBe(false);
    expect(named([{ x: 102, y: 98 }])).toBe(true);
    // Its point off the ring, by it, but nearer its own place than the ring (Jerusalem's true place): named.
    const off = label('Israel', 130, 96, 'region', 0, { sides: ['center'], callout: { radius: 0, reach: 32, places: [{ x: 133, y: 96 }] } });
    const leftOf = { ...ring, sides: ['left' as const], clearance: 26 };
    const tight = placeLabels({ width: 400, height: 300, obstacles: under, candidates: [leftOf, off] });
    expect(tight.find((l) => l.id === 'Israel')?.leader).toMatchObject({ x0: 130, y0: 96 });
    expect(placeLabels({ width: 400, height: 300, obstacles: under, candidates: [leftOf, { ...off, callout: { radius: 0, reach: 32, places: [{ x: 160, y: 96 }] } }] }).some((l) => l.id === 'Israel')).toBe(false);
  });

  it("sets a country's name where it reads as its own places' country, never beside another's symbol", () => {
    // Iraq's name 14 px right of Damascus's triangle (on a phone): there, "IRAQ" reads as Damascus's name.
    const damascus = label('Damascus', 100, 100, 'story', 0, { sides: ['left'], callout: { radius: 6 } });
    const iraq = (places: { x: number; y: number }[]) => label('Iraq', 145, 104, 'region', 0, { sides: ['center'], width: 50, callout: { radius: 0, reach: 18, places } });
    const named = (places: { x: number; y: number }[], lines: { x0: number; y0: number; x1: number; y1: number }[] = []) =>
      placeLabels({ width: 400, height: 300, obstacles: [{ x0: 94, y0: 94, x1: 106, y1: 106 }], candidates: [damascus, iraq(places)], lines }).find((l) => l.id === 'Iraq');
    const elsewhere = named([{ x: 300, y: 100 }])?.box;
    expect(elsewhere === undefined || gapToCircle(elsewhere, { x: 100, y: 100, r: 6 }) >= 16).toBe(true);
    // Where the symbol stands on one of its places (Mosul's square by Iraq's name), the name stands.
    expect(named([{ x: 101, y: 101 }])).toMatchObject({ side: 'center' });
    // A place fanned out stands on its true place, at the start of its spoke.
    expect(named([{ x: 60, y: 60 }], [{ x0: 60, y0: 60, x1: 100, y1: 100 }])).toMatchObject({ side: 'center' });
  });
});
