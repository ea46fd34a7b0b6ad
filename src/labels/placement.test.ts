import { describe, expect, it } from 'vitest';
import { activationZooms, conflictEnd, type LabelToActivate } from './activation.ts';
import { coverBox, overlaps, POINT_SIDES, type Side } from './label-box.ts';
import { placeLabels, type LabelCandidate } from './placement.ts';

const shape = { width: 60, height: 14, clearance: 10, dot: 0 };
const label = (id: string, x: number, y: number, tier: LabelCandidate['tier'], rank = 0, extra: Partial<LabelCandidate> = {}): LabelCandidate => ({
  id, text: id, tier, rank, x, y, sides: POINT_SIDES, ...shape, ...extra,
});

describe('placeLabels', () => {
  it('sets a label to the right of its symbol when that side is free', () => {
    const [placed] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('Mosul', 100, 100, 'story')] });
    expect(placed).toMatchObject({ side: 'right', box: { x0: 110, y0: 93, x1: 170, y1: 107 } });
  });

  it('tries the other sides in turn when a symbol is in the way', () => {
    const symbol = { x0: 112, y0: 90, x1: 136, y1: 110 };
    const [placed] = placeLabels({ width: 400, height: 300, obstacles: [symbol], candidates: [label('Raqqa', 100, 100, 'story')] });
    expect(placed?.side).toBe('left');
  });

  it('tries its other anchors in turn when no side of the first is free', () => {
    // A city's name over its crowded sites: every side of the middle is taken; 70 px right is free.
    const sites = { x0: 20, y0: 20, x1: 180, y1: 180 };
    const [placed] = placeLabels({ width: 400, height: 300, obstacles: [sites], candidates: [label('PARIS', 100, 100, 'region', 0, { sides: ['center'], alsoAt: [{ x: 100, y: 30 }, { x: 250, y: 100 }] })] });
    expect(placed).toMatchObject({ side: 'center', box: { x0: 220, y0: 93, x1: 280, y1: 107 } });
  });

  it('sets no label across a line drawn already (a fanned-out place\'s spoke), and calls none out across one', () => {
    const spoke = { x0: 130, y0: 80, x1: 130, y1: 120 };
    const [beside] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('Mosul', 100, 100, 'story')], lines: [spoke] });
    expect(beside?.side).toBe('left');
  });

  it('sets a story name a flow runs through on a plate, where it stands', () => {
    const across = [{ x0: 0, y0: 100, x1: 400, y1: 100 }];
    const [plated] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('Paris', 100, 100, 'story', 0, { callout: { radius: 6 } })], flows: across });
    expect(plated).toMatchObject({ side: 'right', plate: true });
    const [clear] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('Paris', 100, 100, 'story', 0, { callout: { radius: 6 } })], flows: [{ x0: 300, y0: 0, x1: 300, y1: 300 }] });
    expect(clear).toMatchObject({ side: 'right' });
    expect(clear?.plate).toBeUndefined();
    // A flow along its edge, in its halo, does not count.
    const [grazed] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('Paris', 100, 100, 'story', 0, { callout: { radius: 6 } })], flows: [{ x0: 105, y0: 94, x1: 300, y1: 94 }] });
    expect(grazed?.plate).toBeUndefined();
    // Nor a country's, even the tour stop's: a plate there hid the ends of the flows the stop is about.
    for (const tier of ['region', 'focus'] as const) {
      const [country] = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [label('FRANCE', 100, 100, tier, 0, { sides: ['center'], callout: { radius: 0 } })], flows: across });
      expect(country).toMatchObject({ side: 'center' });
      expect(country?.plate).toBeUndefined();
    }
  });

  it('tries at another anchor only the sides given for it', () => {
    // A country beside its label point, but only on another point inside it: never beside that one.
    const middle = { x0: 60, y0: 80, x1: 140, y1: 120 };
    const country = (sides?: readonly Side[]) => label('SYRIA', 100, 100, 'region', 0, { sides: ['center'], alsoAt: [{ x: 200, y: 100, sides }] });
    const around = [middle, { x0: 195, y0: 95, x1: 205, y1: 105 }];
    expect(placeLabels({ width: 400, height: 300, obstacles: around, candidates: [country(['center'])] })).toEqual([]);
    const [beside] = placeLabels({ width: 400, height: 300, obstacles: around, candidates: [country(POINT_SIDES)] });
    expect(beside !== undefined && beside.side !== 'center').toBe(true);
  });

  it('places the tour stop before the story and the story before the basemap, whatever the input order', () => {
    const candidates = [
      label('Syria', 100, 100, 'basemap', 0, { sides: ['center'] }),
      label('Aleppo', 100, 100, 'story', 0, { sides: ['center'] }),
      label('Raqqa', 100, 100, 'focus', 9, { sides: ['center'] }),
    ];
    const placed = placeLabels({ width: 400, height: 300, obstacles: [], candidates });
    expect(placed.map((p) => p.text)).toEqual(['Raqqa']);
    expect(placeLabels({ width: 400, height: 300, obstacles: [], candidates: candidates.slice(0, 2) }).map((p) => p.text)).toEqual(['Aleppo']);
  });

  it('ranks basemap names by rank, the capital before the town', () => {
    const placed = placeLabels({
      width: 400, height: 300, obstacles: [],
      candidates: [label('Town', 100, 100, 'basemap', 7, { sides: ['center'] }), label('Capital', 110, 104, 'basemap', 1, { sides: ['center'] })],
    });
    expect(placed.map((p) => p.text)).toEqual(['Capital']);
  });

  it('keeps every label inside the view', () => {
    const placed = placeLabels({ width: 200, height: 100, obstacles: [], candidates: [label('Edge', 195, 50, 'story')] });
    expect(placed[0]?.side).toBe('left');
    expect(placeLabels({ width: 50, height: 100, obstacles: [], candidates: [label('Wide', 25, 50, 'story')] })).toEqual([]);
  });

  it('leaves no two labels overlapping and none over a symbol, among many', () => {
    const obstacles = Array.from({ length: 30 }, (_, i) => ({ x0: (i * 97) % 760, y0: (i * 61) % 560, x1: ((i * 97) % 760) + 26, y1: ((i * 61) % 560) + 26 }));
    const candidates = Array.from({ length: 300 }, (_, i) =>
      label(`n${i}`, (i * 131) % 800, (i * 71) % 600, i % 3 === 0 ? 'story' : 'basemap', i % 11, { width: 30 + (i % 5) * 12, dot: i % 2 ? 2.5 : 0 }),
    );
    const placed = placeLabels({ width: 800, height: 600, obstacles, candidates });
    expect(placed.length).toBeGreaterThan(20);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlaps(a.cover, b.cover)).toBe(false);
      for (const o of obstacles) expect(overlaps(a.cover, o)).toBe(false);
    }
  });

  it('gives the same labels for the same view, whatever order the candidates come in', () => {
    const candidates = Array.from({ length: 80 }, (_, i) => label(`n${i}`, (i * 37) % 300, (i * 53) % 200, i % 2 ? 'story' : 'basemap', i % 4));
    const a = placeLabels({ width: 300, height: 200, obstacles: [], candidates });
    const b = placeLabels({ width: 300, height: 200, obstacles: [], candidates: [...candidates].reverse() });
    expect(b).toEqual(a);
  });
});

const city = (id: string, x: number, y: number, rank: number, minZoom = 2): LabelToActivate => ({
  id, x, y, rank, minZoom, sides: POINT_SIDES, width: 50, height: 14, clearance: 4, dot: 2.5,
});

describe('conflictEnd', () => {
  it('finds the zoom past which two names no longer meet', () => {
    // Centred names 60 px wide (+3 padding): they meet while 2^z * 1 < 63, up to zoom log2(63).
    const a = { ...city('a', 0, 0, 0), width: 60, dot: 0, clearance: 0 };
    const b = { ...city('b', 1, 0, 0), width: 60, dot: 0, clearance: 0 };
    expect(conflictEnd(a, 'center', b, 'center', 3)).toBeCloseTo(Math.log2(63));
    // 10 px apart vertically at zoom 0: the 14 px high names (+3) meet only while 2^z * 10 < 17.
    expect(conflictEnd(a, 'center', { ...b, y: 10 }, 'center', 3)).toBeCloseTo(Math.log2(1.7));
    // Set on either side of one anchor, two names never meet.
    expect(conflictEnd({ ...a, clearance: 5 }, 'right', { ...a, clearance: 5 }, 'left', 3)).toBe(Number.NEGATIVE_INFINITY);
  });
});

describe('activationZooms', () => {
  it('shows the higher-ranked name from its least zoom, and a crowded lesser one only once clear', () => {
    const zooms = activationZooms([city('Damascus', 100, 50, 0), city('Beirut', 99.6, 49.9, 3)]);
    expect(zooms.get('Damascus')).toEqual({ side: 'right', from: 2 });
    expect(zooms.get('Beirut')?.from).toBeGreaterThan(2);
  });

  it('keeps a name shown when zooming in: no two active names ever overlap at any zoom above', () => {
    const cities = Array.from({ length: 120 }, (_, i) => city(`c${i}`, 100 + ((i * 7.31) % 20), 60 + ((i * 3.17) % 12), i % 9, 2 + (i % 4)));
    const zooms = activationZooms(cities);
    for (let zoom = 2; zoom <= 12; zoom += 0.25) {
      const scale = 2 ** zoom;
      const active = cities.filter((c) => (zooms.get(c.id)?.from ?? Infinity) <= zoom);
      const boxes = active.map((c) => {
        const side = zooms.get(c.id)?.side ?? 'center';
        return { id: c.id, box: { ...placeBox(c, side, scale) } };
      });
      const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlaps(a.box, b.box)).map((b) => `${a.id} ${b.id} at ${zoom}`));
      expect(clashes).toEqual([]);
      // Every name active here is active at every zoom above: `from` is a single threshold.
      for (const c of active) expect(zooms.get(c.id)?.from).toBeLessThanOrEqual(zoom);
    }
  });

  it('gives the same zooms whatever the input order', () => {
    const cities = Array.from({ length: 40 }, (_, i) => city(`c${i}`, (i * 1.7) % 9, (i * 2.3) % 7, i % 5));
    expect(activationZooms([...cities].reverse())).toEqual(activationZooms(cities));
  });
});

function placeBox(c: LabelToActivate, side: Side, scale: number) {
  return coverBox(c.x * scale, c.y * scale, c, side);
}

describe('placeLabels order', () => {
  it('names the label with the fewest free sides first, so that a hemmed-in name is not lost to a free one', () => {
    // "Edge" stands at the view's left edge: only its right side fits. "Roomy", first by rank, would take
    // that spot with its own left side if it went first; with the hemmed-in name first, both stay beside.
    const edge = { ...label('Edge', 8, 100, 'story', 5), sides: ['right', 'left', 'above', 'below'] as const, callout: { radius: 6 } };
    const roomy = { ...label('Roomy', 100, 100, 'story', 0), sides: ['left' as const, 'right' as const], callout: { radius: 6 } };
    const placed = placeLabels({ width: 400, height: 300, obstacles: [], candidates: [roomy, edge] });
    expect(placed.map((p) => [p.id, p.side]).sort()).toEqual([['Edge', 'right'], ['Roomy', 'right']]);
  });
});
