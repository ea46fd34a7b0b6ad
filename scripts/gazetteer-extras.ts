/**
 * What the data packages lack, each with where it is from: the English names by which the press knows
 * a few places (exonyms), and regions that are no country nor city. Kept short on purpose: every entry
 * here is one a person checked.
 */
import type { RegionRow } from '../src/draft/gazetteer.ts';

/** English names of GeoNames cities whose GeoNames name is a transliteration (by GeoNames id). */
export const CITY_NAMES: Record<number, string[]> = {
  172955: ['Raqqa', 'Raqqah'], // Ar Raqqah, Syria
  4140963: ['Washington', 'Washington DC'], // Washington, D.C.
  5128581: ['New York'], // New York City: the press's 'New York' (else the drafter took York, England)
};

/** Other names of countries, by ISO code, beyond Natural Earth's and countries-list's. */
export const COUNTRY_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'United States'],
  GB: ['U.K.', 'Britain', 'Great Britain'],
  KP: ["Democratic People's Republic of Korea"],
  KR: ['Republic of Korea'],
};

/** Regions: [name, country code, longitude, latitude, other names, source]. */
export const REGIONS: RegionRow[] = [
  ['Sinai', 'EG', 33.8, 29.5, ['Sinai Peninsula'], 'Wikipedia, “Sinai Peninsula” (29°30′N 33°48′E, https://en.wikipedia.org/wiki/Sinai_Peninsula)'],
];
