import { describe, expect, it } from 'vitest';
import { riverPathData } from './river-paths.ts';

describe('river paths', () => {
  it('writes every line of every river as an open path in basemap units, skipping lines of one point', () => {
    const rivers = [
      { lines: [[[0, 0], [1, 0]], [[0, 0], [0, 0]]] },
      { lines: [[[-180, 0], [-180, 1], [-179, 1]]] },
    ];
    expect(riverPathData(rivers)).toBe('M128000 128000l711 0M0 128000l0-711 711 0');
  });

  it('gives nothing for no rivers', () => {
    expect(riverPathData([])).toBe('');
  });
});
