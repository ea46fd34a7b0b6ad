import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../story/schema.ts';
import { overlaps } from './number-layout.ts';
import { printMapLayout } from './print-map-layout.ts';

function place(id: string, coordinates: [number, number], layer: StoryFeature['properties']['layer'] = 'attacks'): StoryFeature {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: { name: id, layer, precision: 'city', passage: ['x'], source: 's' } };
}

/** Four places in Brussels and three in Paris (a crowd), others across Europe and the Middle East, one in America, and a flow. */
const FEATURES: StoryFeature[] = [
  place('museum', [4.3534, 50.8408]),
  place('maalbeek', [4.3767, 50.8439]),
  place('airport', [4.484, 50.899]),
  place('nato', [4.425, 50.8792], 'context'),
  place('bataclan', [2.3708, 48.8631]),
  place('terraces', [2.373, 48.864]),
  place('stade', [2.3602, 48.9245]),
  place('manchester', [-2.244, 53.488]),
  place('nice', [7.2635, 43.6947]),
  place('mosul', [43.1189, 36.335], 'strongholds'),
  place('riyadh', [46.6753, 24.7136], 'context'),
  place('moscow', [37.6173, 55.7558], 'context'),
  place('orlando', [-81.3766, 28.5196]),
  { ...place('route', [0, 0]), geometry: { type: 'LineString', coordinates: [[38.99, 34.8], [4.35, 50.84]] }, properties: { ...place('route', [0, 0]).properties, layer: 'flows', flow: 'travel' } },
];
const NUMBERS = new Map(FEATURES.map((f, i) => [f.id, i + 1]));
const layout = printMapLayout(FEATURES, NUMBERS);
const CROWD = ['museum', 'maalbeek', 'airport', 'nato', 'bataclan', 'terraces', 'stade'];

describe('printMapLayout', () => {
  it('enlarges the crowd of Brussels and Paris in an inset, and draws and numbers it there, not on the main map', () => {
    expect(layout.inset?.panel.places.map((p) => p.feature.id).sort()).toEqual([...CROWD].sort());
    expect(layout.inset?.panel.numbers.map((n) => n.id).sort()).toEqual([...CROWD].sort());
    for (const id of CROWD) expect(layout.places.some((p) => p.feature.id === id) || layout.numbers.some((n) => n.id === id), id).toBe(false);
  });

  it('draws the flow in both, and numbers it on the main map only', () => {
    expect(layout.flows.map((f) => f.feature.id)).toEqual(['route']);
    expect(layout.inset?.panel.flows.map((f) => f.feature.id)).toEqual(['route']);
    expect(layout.numbers.some((n) => n.id === 'route')).toBe(true);
    expect(layout.inset?.panel.numbers.some((n) => n.id === 'route')).toBe(false);
  });

  it('keeps the main map’s numbers off the inset and the area it enlarges, and the inset’s inside it', () => {
    const inset = layout.inset;
    if (!inset) throw new Error('no inset');
    for (const n of layout.numbers) for (const box of [inset.box, inset.area]) expect(overlaps(n.box, box), n.label).toBe(false);
    for (const { box } of inset.panel.numbers) expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= inset.panel.width && box.y + box.height <= inset.panel.height).toBe(true);
    expect(inset.panel.width).toBeCloseTo(inset.box.width);
    expect(inset.panel.height).toBeCloseTo(inset.box.height);
  });

  it('names what lies beyond the frame, and numbers everything else once', () => {
    expect(layout.offMap.map((f) => f.id)).toEqual(['orlando']);
    const numbered = [...layout.numbers, ...(layout.inset?.panel.numbers ?? [])].map((n) => n.id);
    expect(numbered.sort()).toEqual(FEATURES.filter((f) => f.id !== 'orlando').map((f) => f.id).sort());
  });
});
