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
  });
});
