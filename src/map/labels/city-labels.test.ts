import { describe, expect, it } from 'vitest';
import { cityLabels } from './city-labels.ts';

const measure = (text: string) => text.length * 10;

describe('cityLabels', () => {
  it('names nothing below the zoom at which sites are named by their city', () => {
    expect(cityLabels([{ x: 100, y: 100, cities: ['Paris'], label: 'Bataclan' }], 7.75, measure)).toEqual([]);
  });

  it('names each city of the sites in a close view once, over the middle of its sites', () => {
    const labels = cityLabels(
      [
        { x: 100, y: 100, cities: ['Paris'], label: 'Bataclan' },
        { x: 140, y: 60, cities: ['Paris'], label: 'Café terraces' },
        { x: 400, y: 300, cities: ['Brussels', 'Brussels'], label: 'Maalbeek metro and 1 more' },
      ],
      10,
      measure,
    );
    expect(labels.map((l) => [l.candidate.text, l.candidate.x, l.candidate.y, l.candidate.tier])).toEqual([
      ['Paris', 120, 80, 'region'],
      ['Brussels', 400, 300, 'region'],
    ]);
    expect(labels[0]?.candidate.sides[0]).toBe('center');
    expect(labels[0]?.drawAs.style.uppercase).toBe(true);
  });

  it('names no city for a symbol that stands for two, nor for a place without one', () => {
    expect(cityLabels([{ x: 0, y: 0, cities: ['Damascus', 'Lebanon'], label: 'Damascus and Hezbollah' }, { x: 5, y: 5, cities: [undefined], label: 'Sinai' }], 9, measure)).toEqual([]);
  });

  it('names no city that a symbol names already (Mosul, Paris · 2 attacks)', () => {
    expect(cityLabels([{ x: 0, y: 0, cities: ['Mosul'], label: 'Mosul' }], 10, measure)).toEqual([]);
    expect(cityLabels([{ x: 0, y: 0, cities: ['Paris'], label: 'Paris\nBataclan' }, { x: 9, y: 9, cities: ['Paris'], label: 'Stade de France' }], 10, measure)).toEqual([]);
    expect(cityLabels([{ x: 0, y: 0, cities: ['Paris'], label: 'Paris · 2 attacks' }], 10, measure)).toEqual([]);
  });

  it('names the city of a site that bears its name (Brussels Airport does not say where Molenbeek is)', () => {
    const labels = cityLabels([{ x: 0, y: 0, cities: ['Brussels'], label: 'Brussels Airport' }, { x: 20, y: 0, cities: ['Brussels'], label: 'Molenbeek' }], 10, measure);
    expect(labels.map((l) => l.candidate.text)).toEqual(['Brussels']);
  });
});
