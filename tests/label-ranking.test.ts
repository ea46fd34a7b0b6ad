/**
 * The order of the basemap's names (scripts/labels/ranking.ts), on literal names: the story's
 * countries, the seas, the other countries, then the cities, those the story never names last.
 */
import { describe, expect, it } from 'vitest';
import { rankLabels, type UnrankedLabel } from '../scripts/labels/ranking.ts';

const name = (text: string, kind: UnrankedLabel['kind'], minZoom: number, story = false, size = 0, position: [number, number] = [0, 0]): UnrankedLabel => ({
  name: text, kind, position, minZoom, size, story,
});

const order = (labels: UnrankedLabel[]) => rankLabels(labels).map((l) => l.name);

describe('the ranking of the basemap\'s names', () => {
  it('puts the story\'s country before a sea, a sea before another country, and a city the story never names last', () => {
    const labels = [
      name('Stockholm', 'capital', 3, false, 1_500_000),
      name('Norway', 'country', 3, false, 385_000),
      name('Atlantic Ocean', 'ocean', 2),
      name('North Sea', 'sea', 4),
      name('Belgium', 'country', 3, true, 30_000),
      name('Brussels', 'capital', 3, true, 1_000_000),
      name('Danube', 'river', 4),
    ];
    expect(order(labels)).toEqual(['Belgium', 'Atlantic Ocean', 'North Sea', 'Norway', 'Brussels', 'Danube', 'Stockholm']);
    expect(order([...labels].reverse())).toEqual(order(labels));
  });

  it('ranks from 0 in that order, and marks the story\'s names only', () => {
    const ranked = rankLabels([name('Stockholm', 'capital', 3), name('Belgium', 'country', 3, true)]);
    expect(ranked).toEqual([
      { name: 'Belgium', kind: 'country', position: [0, 0], rank: 0, minZoom: 3, story: true },
      { name: 'Stockholm', kind: 'capital', position: [0, 0], rank: 1, minZoom: 3 },
    ]);
  });

  it('puts the sooner first within a tier, then the bigger', () => {
    expect(order([name('Lebanon', 'country', 3, true, 10_000), name('Germany', 'country', 3, true, 357_000), name('Russia', 'country', 2, true, 17_000_000)])).toEqual(['Russia', 'Germany', 'Lebanon']);
  });

  it('puts a name that waits for a closer view after the names of the first views, whatever its tier: Monaco does not hold back Nice', () => {
    expect(order([name('Monaco', 'country', 7, false, 2), name('Nice', 'city', 5, true), name('Rome', 'capital', 3)])).toEqual(['Rome', 'Nice', 'Monaco']);
  });

  it('keeps one of two names alike within a degree, the higher ranked', () => {
    const ranked = rankLabels([name('Luxembourg', 'capital', 5, false, 100_000, [6.13, 49.61]), name('Luxembourg', 'country', 6, false, 2_600, [6.09, 49.77])]);
    expect(ranked.map((l) => l.kind)).toEqual(['capital']);
  });
});
