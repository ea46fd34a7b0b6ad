import { describe, expect, it } from 'vitest';
import type { BasemapLabel } from './label-data.ts';
import { LABEL_STYLES } from './label-style.ts';
import { prepareBasemapLabels } from './prepare-basemap-labels.ts';

const project = ([lon, lat]: [number, number]) => ({ x: lon, y: -lat });
const measure = (text: string) => text.length * 7;
const label = (name: string, kind: BasemapLabel['kind'], story: boolean, position: [number, number] = [0, 0], rank = 0): BasemapLabel => ({
  name, kind, position, rank, minZoom: 3, ...(story && { story: true as const }),
});

describe('prepareBasemapLabels', () => {
  it('sets a city the story never names in the quiet style, and the story\'s cities in their own', () => {
    const [stockholm, paris, nice] = prepareBasemapLabels(
      [label('Stockholm', 'capital', false, [0, 0]), label('Paris', 'capital', true, [50, 0], 1), label('Nice', 'city', true, [100, 0], 2)],
      project, measure, 16,
    );
    expect(stockholm?.style).toBe(LABEL_STYLES.quiet);
    expect(paris?.style).toBe(LABEL_STYLES.capital);
    expect(nice?.style).toBe(LABEL_STYLES.city);
    // A city keeps the one side it was activated with, as every name but a story country's.
    expect(stockholm?.sides).toEqual([stockholm?.activation.side]);
  });

  it('lets a story country\'s name take the side above or below its point where a name ranked before covers its centre', () => {
    // At zoom 3 (scale 8), Lebanon's point is 12 px under Syria's: the centred names would overlap.
    const [syria, lebanon] = prepareBasemapLabels([label('Syria', 'country', true, [0, 0], 0), label('Lebanon', 'country', true, [0, -1.5], 1)], project, measure, 16);
    expect(syria?.activation).toEqual({ side: 'center', from: 3 });
    expect(lebanon?.activation).toEqual({ side: 'below', from: 3 });
    expect(lebanon?.sides).toEqual([lebanon?.activation.side, ...['center', 'above', 'below'].filter((s) => s !== lebanon?.activation.side)]);
    expect(lebanon?.clearance).toBeGreaterThan(0);
  });

  it('keeps another country\'s name on its point, where it waits for room', () => {
    const [, jordan] = prepareBasemapLabels([label('Syria', 'country', true, [0, 0], 0), label('Jordan', 'country', false, [0, -1.5], 1)], project, measure, 16);
    expect(jordan?.activation.side).toBe('center');
    expect(jordan?.activation.from).toBeGreaterThan(3);
    expect(jordan?.sides).toEqual(['center']);
  });
});
