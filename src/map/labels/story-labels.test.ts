import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../../story/schema.ts';
import type L from 'leaflet';
import { focusLabel, PRESENTING_CONTEXT_REACH, storyLabels } from './story-labels.ts';
import { labelWithCity, symbolLabel } from '../places/place-names.ts';
import type { DrawnSymbol } from '../places/use-place-symbols.ts';

const place = (id: string, label: string, city: string | undefined, precision: StoryFeature['properties']['precision'] = 'site'): StoryFeature => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [0, 0] },
  properties: { name: label, label, city, layer: 'attacks', precision, passage: [], source: 'A source' },
}) as StoryFeature;

const symbolOf = (...features: StoryFeature[]): DrawnSymbol => ({ key: features.map((f) => f.id).join('+'), features, position: [0, 0], size: 26, label: 'group', opensAt: undefined, atZero: [] });

const bataclan = place('bataclan', 'Bataclan', 'Paris');
const terraces = place('terraces', 'Café terraces', 'Paris', 'district');
const stade = place('stade', 'Stade de France', 'Paris');

describe('focusLabel', () => {
  it("names the tour stop's city first, then its places, a line each", () => {
    expect(focusLabel(symbolOf(bataclan, terraces, stade), new Set(['bataclan', 'terraces', 'stade']))).toBe('Paris\nBataclan\nCafé terraces\nStade de France');
  });

  it('says how many more places the symbol holds', () => {
    expect(focusLabel(symbolOf(bataclan, terraces, stade), new Set(['bataclan']))).toBe('Paris\nBataclan\n+2 more here');
  });

  it("names a lone site's city above it, but not a place named as its city", () => {
    expect(focusLabel(symbolOf(bataclan), new Set(['bataclan']))).toBe('Paris\nBataclan');
    expect(focusLabel(symbolOf(place('mosul', 'Mosul', 'Mosul', 'city')), new Set(['mosul']))).toBe('Mosul');
  });

  it('names each place with its own city where the symbol holds several', () => {
    const symbol = symbolOf(place('damascus', 'Damascus', 'Damascus', 'city'), place('hezbollah', 'Hezbollah', 'Lebanon', 'city'));
    expect(focusLabel(symbol, new Set(['damascus', 'hezbollah']))).toBe('Damascus\nHezbollah, Lebanon');
  });
});

describe('symbolLabel', () => {
  it('names a site by its city below a city scale, and by its own label closer in', () => {
    const nice = place('nice', 'Promenade des Anglais', 'Nice');
    expect(symbolLabel(nice, 4.25)).toBe('Nice');
    expect(symbolLabel(nice, 9)).toBe('Promenade des Anglais');
  });

  it('names a city, a region or a country place by its own label at every zoom', () => {
    expect(symbolLabel(place('hezbollah', 'Hezbollah', 'Lebanon', 'city'), 4)).toBe('Hezbollah');
  });
});

describe('labelWithCity', () => {
  it("gives a place's short label with its city, where the label does not say it", () => {
    const submarines = { ...place('submarines', 'U.S. submarines', 'North Korea', 'country'), properties: { ...place('s', 'U.S. submarines', 'North Korea').properties, name: 'Two U.S. nuclear submarines near North Korea' } } as StoryFeature;
    expect(labelWithCity(submarines)).toBe('U.S. submarines, North Korea');
    expect(labelWithCity(place('arena', 'Manchester Arena', 'Manchester'))).toBe('Manchester Arena');
    expect(labelWithCity(place('libya', 'Libya', undefined, 'country'))).toBe('Libya');
  });
});

describe('storyLabels', () => {
  const map = { getSize: () => ({ x: 400, y: 300 }), getZoom: () => 3, latLngToContainerPoint: () => ({ x: 100, y: 100 }) } as unknown as L.Map;
  const view = { map, focusIds: new Set<string>(), presenting: false, covered: [], measure: (text: string) => text.length * 7 };

  it('keeps a name clear of the mark drawn, not of the larger target a small mark stands in', () => {
    const small = { ...symbolOf(place('mosul', 'Mosul', 'Mosul', 'city')), size: 10, label: 'Mosul' };
    const { labels, obstacles } = storyLabels([small], view);
    expect(obstacles).toEqual([{ x0: 95, y0: 95, x1: 105, y1: 105 }]);
    expect(labels[0]?.candidate.clearance).toBe(9);
  });

  it("keeps the selection's name clear of the ring round its target", () => {
    const small = { ...symbolOf(place('mosul', 'Mosul', 'Mosul', 'city')), size: 10, label: 'Mosul' };
    const { obstacles } = storyLabels([small], { ...view, focusIds: new Set(['mosul']) });
    // A target of 24 px, and the selected ring 14 px beyond it.
    expect(obstacles).toEqual([{ x0: 74, y0: 74, x1: 126, y1: 126 }]);
  });

  it('calls out a name beside the tour stop\'s on a short line while presenting, the stop\'s own and any name in exploring as far as it must', () => {
    const damascus = { ...symbolOf(place('damascus', 'Damascus', 'Damascus', 'city')), label: 'Damascus' };
    const reach = (presenting: boolean, focus: string[]) => storyLabels([damascus], { ...view, presenting, focusIds: new Set(focus) }).labels[0]?.candidate.callout?.reach;
    expect(reach(true, [])).toBe(PRESENTING_CONTEXT_REACH);
    expect(reach(true, ['damascus'])).toBeUndefined();
    expect(reach(false, [])).toBeUndefined();
  });
});
