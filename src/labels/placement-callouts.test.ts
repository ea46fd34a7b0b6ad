/** Label placement where names find no free side: callouts and their lines. */
import { describe, expect, it } from 'vitest';
import { own, shape, story, walls } from './callout-fixtures.ts';
import { calloutSpots, crossesBox, segmentsCross } from './callout.ts';
import { overlaps } from './label-box.ts';
import { gapToCircle } from './box-grid.ts';
import { CALLOUT_SYMBOL_CLEARANCE, placeLabels, type LabelCandidate } from './placement.ts';

describe('placeLabels with callouts', () => {
  it('calls out a story name that has no free side, on a line from its symbol into free space', () => {
    const [placed] = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [story('Beirut', 100, 100)] });
    expect(placed?.leader).toBeDefined();
    const box = placed?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    for (const wall of walls) expect(overlaps(box, wall)).toBe(false);
    expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 400 && box.y1 <= 300).toBe(true);
    const line = placed?.leader ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    expect(Math.hypot(line.x0 - 100, line.y0 - 100)).toBeCloseTo(6);
    for (const wall of walls) expect(crossesBox(line, wall)).toBe(false);
  });

  it("calls out no name across a line drawn already (a fanned-out place's spoke), nor sets one on it", () => {
    const [before] = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [story('Beirut', 100, 100)] });
    const first = before?.leader ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    // A spoke across the line it took, at right angles, through its middle.
    const [mx, my] = [(first.x0 + first.x1) / 2, (first.y0 + first.y1) / 2];
    const [dx, dy] = [first.x1 - first.x0, first.y1 - first.y0];
    const spoke = { x0: mx - dy, y0: my + dx, x1: mx + dy, y1: my - dx };
    expect(segmentsCross(first, spoke)).toBe(true);
    const [after] = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [story('Beirut', 100, 100)], lines: [spoke] });
    expect(after?.leader).toBeDefined();
    expect(segmentsCross(after?.leader ?? first, spoke)).toBe(false);
    expect(crossesBox(spoke, after?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 })).toBe(false);
  });

  it('calls out a country no farther than its reach', () => {
    const country = (reach: number): LabelCandidate => ({ ...story('Belgium', 100, 100), tier: 'region', callout: { radius: 0, reach } });
    for (const reach of [18, 32]) {
      const [placed] = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country(reach)] });
      const line = placed?.leader ?? { x0: 0, y0: 0, x1: 1000, y1: 1000 };
      expect(Math.hypot(line.x1 - 100, line.y1 - 100)).toBeLessThanOrEqual(reach + shape.clearance + 0.01);
    }
    // Hemmed in within 18 px all round, a country whose name may go no farther is left out.
    const hemmed = [{ x0: 0, y0: 0, x1: 400, y1: 60 }, { x0: 0, y0: 140, x1: 400, y1: 300 }, { x0: 0, y0: 0, x1: 40, y1: 300 }, { x0: 160, y0: 0, x1: 400, y1: 300 }];
    expect(placeLabels({ width: 400, height: 300, obstacles: [...walls, ...hemmed], candidates: [country(18)] })).toEqual([]);
  });

  it('draws no line to a country name moved within its country, a line to one set beyond it', () => {
    const country = (inside: number, alsoAt: LabelCandidate['alsoAt'] = []): LabelCandidate => ({ ...story('Syria', 100, 100), tier: 'region', callout: { radius: 0, reach: 32, inside, places: [{ x: 100, y: 100 }] }, alsoAt });
    const [near] = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country(0)] });
    const box = near?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const middleOff = Math.hypot((box.x0 + box.x1) / 2 - 100, (box.y0 + box.y1) / 2 - 100);
    // A small country (Belgium: 3 px deep at this zoom): the name stands off it, on a line.
    expect(near?.leader).toBeDefined();
    // A large one (Syria, 60 px deep) reaches past the name's middle: the same spot, no line.
    const [within] = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country(middleOff + 1)] });
    expect(within?.box).toEqual(box);
    expect(within?.leader).toBeUndefined();
    expect(placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country(middleOff - 1)] })[0]?.leader).toBeDefined();
    // From another of its points, that point's own depth counts (the label point's reach being nil here).
    const hemmed = [{ x0: 0, y0: 0, x1: 400, y1: 60 }, { x0: 0, y0: 140, x1: 200, y1: 300 }, { x0: 0, y0: 0, x1: 40, y1: 300 }, { x0: 160, y0: 0, x1: 220, y1: 300 }];
    const obstacles = [own, ...walls, ...hemmed, { x0: 290, y0: 190, x1: 310, y1: 210 }];
    const other = (inside: number) => placeLabels({ width: 400, height: 300, obstacles, candidates: [country(0, [{ x: 300, y: 200, sides: ['center'], inside }])] })[0];
    expect(other(0)?.leader).toBeDefined();
    expect(other(200)?.leader).toBeUndefined();
    expect(other(200)?.box).toEqual(other(0)?.box);
  });

  it("calls out no country onto the point of another area's name", () => {
    const country: LabelCandidate = { ...story('Syria', 100, 100), tier: 'region', callout: { radius: 0, reach: 32 } };
    const [free] = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country] });
    const box = free?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    // A neighbour's name, placed after: the place of its name, where the first spot was, stays clear.
    const neighbour: LabelCandidate = { ...story('Turkey', (box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2), tier: 'basemap', sides: ['center'], callout: undefined };
    const placed = placeLabels({ width: 400, height: 300, obstacles: walls, candidates: [country, neighbour] });
    const syria = placed.find((p) => p.id === 'Syria');
    expect(syria?.leader).toBeDefined();
    expect(syria?.box).not.toEqual(box);
    expect(placed.find((p) => p.id === 'Turkey')).toBeDefined();
  });

  it('calls out a country from another point inside it where its label point is hemmed in, a story name only from its symbol', () => {
    // Everything within reach of (100, 100) is taken; round (300, 200), 200 px off, there is room.
    const hemmed = [{ x0: 0, y0: 0, x1: 400, y1: 60 }, { x0: 0, y0: 140, x1: 200, y1: 300 }, { x0: 0, y0: 0, x1: 40, y1: 300 }, { x0: 160, y0: 0, x1: 220, y1: 300 }];
    const obstacles = [own, ...walls, ...hemmed, { x0: 290, y0: 190, x1: 310, y1: 210 }];
    const country: LabelCandidate = { ...story('Belgium', 100, 100), tier: 'region', sides: ['center'], callout: { radius: 0, reach: 32, places: [{ x: 300, y: 200 }] }, alsoAt: [{ x: 300, y: 200, sides: ['center'] }] };
    const [placed] = placeLabels({ width: 400, height: 300, obstacles, candidates: [country] });
    expect([placed?.leader?.x0, placed?.leader?.y0]).toEqual([300, 200]);
    const name: LabelCandidate = { ...story('Paris', 100, 100), sides: ['center'], alsoAt: [{ x: 300, y: 200, sides: ['center'] }] };
    expect(placeLabels({ width: 400, height: 300, obstacles, candidates: [name] })).toEqual([]);
  });

  it("runs no line through a neighbour's symbol, even one that overlaps its own where the line starts", () => {
    // Damascus's ring overlaps Hezbollah's where a line up and to the right would start; the one free
    // spot is up there, and its line would cross Damascus's ring: the name is left out rather than that.
    const hezbollah = { x0: 88, y0: 88, x1: 112, y1: 112 };
    const damascus = { x0: 106, y0: 70, x1: 130, y1: 94 };
    const taken = [{ x0: 0, y0: 112, x1: 400, y1: 300 }, { x0: 0, y0: 0, x1: 88, y1: 300 }, { x0: 112, y0: 94, x1: 400, y1: 112 }];
    const name: LabelCandidate = { ...story('Hezbollah', 100, 100), callout: { radius: 12 } };
    expect(placeLabels({ width: 400, height: 300, obstacles: [hezbollah, damascus, ...taken], candidates: [name] })).toEqual([]);
    // Its own ring is no obstacle to its line: with Damascus gone, the same spot is taken.
    expect(placeLabels({ width: 400, height: 300, obstacles: [hezbollah, ...taken], candidates: [name] })[0]?.leader).toBeDefined();
  });

  it('calls out nothing from a point beyond the view', () => {
    // A country whose label point is hemmed in; round its other point, 10 px beyond the left edge, a
    // spot in the view is free.
    const hemmed = [{ x0: 0, y0: 0, x1: 400, y1: 80 }, { x0: 0, y0: 120, x1: 400, y1: 300 }, { x0: 110, y0: 0, x1: 400, y1: 300 }];
    const country = (x: number): LabelCandidate => ({ ...story('France', 200, 100), tier: 'region', sides: ['center'], callout: { radius: 0, reach: 32 }, alsoAt: [{ x, y: 100, sides: ['center'] }] });
    expect(placeLabels({ width: 400, height: 300, obstacles: hemmed, candidates: [country(-10)] })).toEqual([]);
    expect(placeLabels({ width: 400, height: 300, obstacles: hemmed, candidates: [country(10)] })[0]?.leader).toMatchObject({ x0: 10, y0: 100 });
  });

  it("calls out a hemmed-in focus name before the story's names are set: it takes the nearest spot", () => {
    // The nearest spot up and to the right of the tour stop's place is where another story name would
    // stand beside its own (ringed) symbol; the stop's name comes first, and that one finds another place.
    const focus: LabelCandidate = { ...story('Stop', 100, 100), tier: 'focus' };
    const other: LabelCandidate = { ...story('Other', 102, 73, 1), sides: ['right'], clearance: 20 };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [other, focus] });
    const nearest = calloutSpots(100, 100, shape, 6)[0];
    expect(placed.find((p) => p.id === 'Stop')?.box).toEqual(nearest?.box);
    expect(placed.find((p) => p.id === 'Other')?.box).not.toEqual({ x0: 122, y0: 66, x1: 182, y1: 80 });
  });

  it("calls out a hemmed-in story name before any country is named, then moves it to another of its spots where that names the country too", () => {
    // The nearest spot up and to the right of Jerusalem is where Egypt's name would stand on its label
    // point: Jerusalem, placed first, takes it, then steps to its next free spot for Egypt's name.
    const nearest = calloutSpots(100, 100, shape, 6)[0]?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const egypt: LabelCandidate = { ...story('Egypt', (nearest.x0 + nearest.x1) / 2, (nearest.y0 + nearest.y1) / 2), tier: 'region', sides: ['center'], callout: { radius: 0 } };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [egypt, story('Jerusalem', 100, 100)] });
    const [jerusalem, named] = [placed.find((p) => p.id === 'Jerusalem'), placed.find((p) => p.id === 'Egypt')];
    expect(Object.values(named?.box ?? {}).map(Math.round)).toEqual(Object.values(nearest).map(Math.round));
    expect(jerusalem?.leader).toBeDefined();
    expect(overlaps(jerusalem?.cover ?? nearest, nearest)).toBe(false);
  });

  it('sets a story name on a line clear of the other story symbols, so that it reads as its own', () => {
    // A neighbour's symbol beside the nearest spot up and to the right: a name there would read as its.
    const nearest = calloutSpots(100, 100, shape, 6)[0]?.box ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    const neighbour = { ...story('Moscow', nearest.x1 + 8, (nearest.y0 + nearest.y1) / 2, 1), sides: ['right' as const] };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [story('Nice', 100, 100), neighbour] });
    const nice = placed.find((p) => p.id === 'Nice');
    expect([nice?.leader !== undefined, gapToCircle(nice?.box ?? nearest, { x: neighbour.x, y: neighbour.y, r: 6 }) >= CALLOUT_SYMBOL_CLEARANCE]).toEqual([true, true]);
  });

  it('never calls out a basemap name: it is left out', () => {
    const name = { ...story('Lebanon', 100, 100), tier: 'basemap' as const, callout: undefined };
    expect(placeLabels({ width: 400, height: 300, obstacles: [own, ...walls], candidates: [name] })).toEqual([]);
  });

  it('keeps later labels off a callout line', () => {
    const placed = placeLabels({
      width: 400, height: 300, obstacles: [own, ...walls],
      candidates: [story('Beirut', 100, 100), ...Array.from({ length: 40 }, (_, i) => ({ ...story(`n${i}`, (i * 37) % 400, (i * 53) % 300, 5), tier: 'basemap' as const, sides: ['center' as const], callout: undefined }))],
    });
    const line = placed.find((p) => p.id === 'Beirut')?.leader;
    expect(line).toBeDefined();
    for (const other of placed.filter((p) => p.id !== 'Beirut')) expect(crossesBox(line ?? { x0: 0, y0: 0, x1: 0, y1: 0 }, other.cover)).toBe(false);
  });

  it('places every story name of a crowded cluster, beside its symbol or called out', () => {
    // Five cities within 30 px, as the Levant is at a laptop's overview.
    const cities = [story('Beirut', 200, 150), story('Damascus', 210, 158, 1), story('Jerusalem', 196, 178, 2), story('Sinai', 180, 186, 3), story('Amman', 214, 176, 4)];
    const obstacles = cities.map((c) => ({ x0: c.x - 6, y0: c.y - 6, x1: c.x + 6, y1: c.y + 6 }));
    const placed = placeLabels({ width: 400, height: 300, obstacles, candidates: cities });
    expect(placed.map((p) => p.id).sort()).toEqual(cities.map((c) => c.id).sort());
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a.cover, b.cover)).toBe(false);
  });
});
