import { describe, expect, it } from 'vitest';
import { LABEL_STYLES, LARGE_MAP_AREA_SIZE, PRESENTING_AREA_SIZE, PRESENTING_FOCUS_SIZE } from '../../labels/label-style.ts';
import type { StoryFeature } from '../../story/schema.ts';
import { ON_AREA, type BasemapCandidate } from './basemap-candidates.ts';
import { areasLedTo, emphasiseArea, enlargeForTheRoom } from './focus-areas.ts';

const feature = (id: string, layer: StoryFeature['properties']['layer'], city?: string): StoryFeature =>
  ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [0, 0] }, properties: { name: id, layer, city, passage: [], source: 'A source', precision: 'country' } }) as StoryFeature;

const country = (text: string): BasemapCandidate => ({
  candidate: { id: `country:${text}`, text, tier: 'region', rank: 3, x: 10, y: 20, sides: ['center'], width: 60, height: 18, clearance: 0, dot: 0, callout: { radius: 0, reach: 32, inside: Number.POSITIVE_INFINITY }, alsoAt: [{ x: 30, y: 20, sides: ['center'], inside: Number.POSITIVE_INFINITY }] },
  drawAs: { style: LABEL_STYLES.country, size: 12, dot: null, tier: 'region' },
  depth: text.length,
});

/** Ten pixels a character, whatever the style. */
const measure = (text: string) => text.length * 10;

describe('areasLedTo', () => {
  it('gives the areas the chosen lines lead to, each once, and nothing for places', () => {
    const shown = [feature('to-france', 'flows', 'France'), feature('to-belgium', 'flows', 'Belgium'), feature('again', 'flows', 'France'), feature('bataclan', 'attacks', 'Paris'), feature('unnamed', 'flows')];
    expect(areasLedTo(shown)).toEqual(['France', 'Belgium']);
  });
});

describe('emphasiseArea', () => {
  it('sets a country a chosen line leads to first, in focus capitals, as large as a stop place while presenting', () => {
    const { candidate, drawAs } = emphasiseArea(country('France'), new Set(['france']), true, measure);
    expect(candidate).toMatchObject({ text: 'France', tier: 'focus', x: 10, y: 20, width: 60 + 2 * LABEL_STYLES.focusArea.haloWidth, callout: { radius: 0, inside: 6 * ON_AREA } });
    // Its name stands on it within twice its depth of its label point (ON_AREA), a third of that of its other points.
    expect(candidate.alsoAt).toEqual([{ x: 30, y: 20, sides: ['center'], inside: 2 * ON_AREA }]);
    // As far as a place's name may be called out (callout.ts's distances), not a country's short reach.
    expect(candidate.callout?.reach).toBeUndefined();
    expect(drawAs).toMatchObject({ style: LABEL_STYLES.focusArea, size: PRESENTING_FOCUS_SIZE, tier: 'focus' });
    expect(candidate.height).toBeGreaterThan(country('France').candidate.height);
    // Ranked by depth: the smallest area is named first.
    expect(candidate.rank).toBe(6);
    expect(emphasiseArea(country('France'), new Set(['france']), false, measure).drawAs.size).toBe(LABEL_STYLES.focusArea.size);
  });

  it('leaves every other name as it was', () => {
    const spain = country('Spain');
    expect(emphasiseArea(spain, new Set(['france']), true, measure)).toEqual(spain);
  });
});

describe('enlargeForTheRoom', () => {
  it("sets a story country's name in the presenting size, measured anew; any other name as it was", () => {
    const { candidate, drawAs } = enlargeForTheRoom(country('Syria'), measure);
    expect(drawAs.size).toBe(PRESENTING_AREA_SIZE);
    expect(PRESENTING_AREA_SIZE).toBeGreaterThan(LABEL_STYLES.country.size);
    // On a large map, exploring, a size up from the basemap's.
    expect(enlargeForTheRoom(country('Syria'), measure, LARGE_MAP_AREA_SIZE).drawAs.size).toBe(LARGE_MAP_AREA_SIZE);
    expect(LARGE_MAP_AREA_SIZE).toBeGreaterThan(LABEL_STYLES.country.size);
    expect(candidate.width).toBe(50 + 2 * LABEL_STYLES.country.haloWidth);
    const sea = { ...country('Black Sea'), candidate: { ...country('Black Sea').candidate, tier: 'basemap' as const } };
    expect(enlargeForTheRoom(sea, measure)).toBe(sea);
  });
});
