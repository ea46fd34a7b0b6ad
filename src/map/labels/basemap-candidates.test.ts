import { describe, expect, it } from 'vitest';
import { LABEL_STYLES } from '../../labels/label-style.ts';
import type { PreparedLabel } from '../../labels/prepare-basemap-labels.ts';
import { ANCHOR_GAP, basemapCandidates, COUNTRY_CALLOUT_REACH, isDeep, ON_AREA, pointsApart } from './basemap-candidates.ts';

const prepared = (name: string, kind: 'country' | 'city', story: boolean, minZoom: number, from: number, alsoAt: { x: number; y: number }[] = [], depth = 0): PreparedLabel => ({
  id: `${kind}:${name}`,
  label: { name, kind, position: [0, 0], rank: 1, minZoom, ...(story && { story: true as const }) },
  style: LABEL_STYLES[kind],
  x: 100,
  y: 50,
  width: 60,
  height: 20,
  clearance: 0,
  dot: 0,
  activation: { side: 'center', from },
  sides: ['center'],
  alsoAt,
  depth,
  places: alsoAt,
});

const view = { zoom: 3, topLeft: { x: 700, y: 300 }, size: { x: 400, y: 300 }, said: new Set<string>() };

describe('basemapCandidates', () => {
  it('names a story country from its least zoom, whatever the world-wide activation held it back to', () => {
    const [belgium] = basemapCandidates([prepared('Belgium', 'country', true, 3, 3.33, [{ x: 103, y: 51 }])], view);
    expect(belgium?.candidate).toMatchObject({ text: 'Belgium', tier: 'region', x: 100, y: 100, alsoAt: [{ x: 124, y: 108, sides: ['center'] }] });
    // Where no side of it is free, called out on a short line to its label point; with its places of the story, in the view.
    expect(belgium?.candidate.callout).toEqual({ radius: 0, reach: COUNTRY_CALLOUT_REACH, inside: 0, places: [{ x: 124, y: 108 }] });
    expect(basemapCandidates([prepared('Belgium', 'country', true, 4, 4)], view)).toEqual([]);
    // Unless a chosen line leads there: then from any zoom.
    expect(basemapCandidates([prepared('Belgium', 'country', true, 4, 4)], { ...view, chosen: new Set(['belgium']) })).toHaveLength(1);
  });

  it("gives a country's depth in the view's pixels (a third of it at its other points), deep or not; only a deep one's name may stand beside its point", () => {
    // 1 world pixel deep at zoom 0 is 8 at zoom 3: a circle 16 px across, under half the name's 60 px.
    const [belgium] = basemapCandidates([prepared('Belgium', 'country', true, 3, 3, [{ x: 103, y: 51 }], 1)], view);
    // Its name's middle stands on it within twice that of its label point (ON_AREA), a third of that of its other points.
    expect(belgium?.candidate.callout?.inside).toBe(8 * ON_AREA);
    expect(belgium?.candidate.alsoAt?.[0]?.inside).toBeCloseTo((8 * ON_AREA) / 3);
    // 2 is 16 px: a circle 32 px across, over half the name.
    const [syria] = basemapCandidates([prepared('Syria', 'country', true, 3, 3, [{ x: 103, y: 51 }], 2)], view);
    // Its name set farther than that from its points, as any country's, has a line ("SYRIA" over Turkey had none).
    expect(syria?.candidate.callout?.inside).toBe(16 * ON_AREA);
    expect(syria?.candidate.alsoAt?.[0]?.inside).toBeCloseTo((16 * ON_AREA) / 3);
    expect(isDeep(9.9, 40)).toBe(false);
    expect(isDeep(10, 40)).toBe(true);
    // The small one on its point or on a line to it, never beside its point over its neighbours; the deep one beside it too.
    expect(belgium?.candidate.sides).toEqual(['center']);
    expect(syria?.candidate.sides).toEqual(expect.arrayContaining(['center', 'right', 'left', 'above', 'below']));
  });

  it('keeps every other name to its activation zoom, and leaves out what the story says already', () => {
    expect(basemapCandidates([prepared('Poland', 'country', false, 3, 3.08)], view)).toEqual([]);
    expect(basemapCandidates([prepared('Mosul', 'city', true, 3, 3)], { ...view, said: new Set(['mosul']) })).toEqual([]);
    expect(basemapCandidates([prepared('Mosul', 'city', true, 3, 3)], view)[0]?.candidate.tier).toBe('basemap');
  });

  it('leaves out names far off the view, and those that could only be set outside it', () => {
    expect(basemapCandidates([prepared('Chile', 'country', false, 2, 2)], { ...view, topLeft: { x: -5000, y: 300 } })).toEqual([]);
    // Poland's point (x 100 at zoom 3: 800 world px) 70 px right of a view 400 px wide: its 60 px name cannot reach in.
    const right = (x: number) => ({ ...view, topLeft: { x, y: 300 } });
    expect(basemapCandidates([prepared('Poland', 'country', false, 2, 2)], right(330))).toEqual([]);
    expect(basemapCandidates([prepared('Poland', 'country', false, 2, 2)], right(345))).toHaveLength(1);
    // A story country may be called out from up to 32 px farther, or named at a point inside it nearer the view.
    expect(basemapCandidates([prepared('Belgium', 'country', true, 2, 2)], right(330))).toHaveLength(1);
    expect(basemapCandidates([prepared('Belgium', 'country', true, 2, 2)], right(300))).toEqual([]);
    expect(basemapCandidates([prepared('Belgium', 'country', true, 2, 2, [{ x: 96, y: 50 }])], right(300))).toHaveLength(1);
  });

  it("tries a country's points a few pixels apart once: the first of those closer than the gap", () => {
    expect(ANCHOR_GAP).toBe(8);
    const points = [{ x: 5, y: 0 }, { x: 20, y: 0 }, { x: 25, y: 5 }, { x: 20, y: 12 }, { x: 40, y: 0 }];
    expect(pointsApart({ x: 0, y: 0 }, points, 12)).toEqual([{ x: 20, y: 0 }, { x: 20, y: 12 }, { x: 40, y: 0 }]);
    // At zoom 3, Belgium's second point half a world px (4 view px) from its label point is not tried; at zoom 4 (8 px) it is.
    expect(basemapCandidates([prepared('Belgium', 'country', true, 3, 3, [{ x: 100.5, y: 50 }])], view)[0]?.candidate.alsoAt).toEqual([]);
    const zoom4 = { ...view, zoom: 4, topLeft: { x: 1500, y: 700 } };
    expect(basemapCandidates([prepared('Belgium', 'country', true, 3, 3, [{ x: 100.5, y: 50 }])], zoom4)[0]?.candidate.alsoAt).toEqual([{ x: 108, y: 100, sides: ['center'], inside: 0 }]);
  });
});
