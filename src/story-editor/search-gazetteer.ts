/**
 * The gazetteer searched by the start of a name, for the editor's search box: a place to move a
 * proposal to, or a new place to add. Pure: the data is handed in.
 */
import { nameKey, type Gazetteer, type GazetteerData } from '../draft/gazetteer.ts';
import { candidateOf } from './proposals.ts';
import type { Candidate } from './draft-model.ts';

/** How many matches the search box lists at most. */
export const SEARCH_DEFAULTS = { limit: 8, minLength: 2 };

type NameIndex = { key: string; name: string }[];

const indexes = new WeakMap<GazetteerData, NameIndex>();

/** Every name of the data (countries', regions', cities' and their other names), keyed once per data. */
function nameIndex(data: GazetteerData): NameIndex {
  const known = indexes.get(data);
  if (known) return known;
  const names = [
    ...data.countries.flatMap(([name, , , , other]) => [name, ...other]),
    ...data.regions.flatMap(([name, , , , other]) => [name, ...other]),
    ...data.cities.flatMap(([name, , , , , , other]) => [name, ...other]),
  ];
  const index = names.map((name) => ({ key: nameKey(name), name }));
  indexes.set(data, index);
  return index;
}

/** The places whose name starts with `query`, a name that is the whole query first, then the most populous. */
export function searchGazetteer(data: GazetteerData, gazetteer: Gazetteer, query: string, limit = SEARCH_DEFAULTS.limit): Candidate[] {
  const key = nameKey(query);
  if (key.length < SEARCH_DEFAULTS.minLength) return [];
  const matched = new Set(nameIndex(data).filter((entry) => entry.key.startsWith(key)).map((entry) => entry.name));
  const places = new Map([...matched].flatMap((name) => gazetteer.lookup(name)).map((place) => [place.source, place]));
  return [...places.values()]
    .sort((a, b) => Number(nameKey(b.name) === key) - Number(nameKey(a.name) === key) || b.population - a.population)
    .slice(0, limit)
    .map(candidateOf);
}
