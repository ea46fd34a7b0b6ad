import { describe, expect, it } from 'vitest';
import { FIXTURE_DATA, fixtureGazetteer } from '../draft/fixture-gazetteer.ts';
import { searchGazetteer } from './search-gazetteer.ts';

const search = (query: string) => searchGazetteer(FIXTURE_DATA, fixtureGazetteer, query).map(({ name, country }) => `${name}, ${country}`);

describe('the gazetteer search', () => {
  it('lists every place whose name starts with the words typed, the most populous first', () => {
    expect(search('bre')).toEqual(['Brest, BY', 'Brest, FR']);
    expect(search('Man')).toEqual(['Manchester, GB', 'Manchester, US']);
  });

  it('finds a place by another of its names, and a country by its own', () => {
    expect(search('raqq')).toEqual(['Raqqa, SY']);
    expect(search('syria')).toEqual(['Syria, SY']);
  });

  it('puts a name typed whole before longer names that start with it', () => {
    expect(search('su')).toEqual(['Suez, EG']);
    expect(search('s').length).toBe(0);
  });
});
