/**
 * The story's countries, whose names a locator map writes first: those that hold one of the story's
 * places, and those its article names, by name ("Syria") or by another common form ("Syrian",
 * "U.K."). Countries are Natural Earth's as world-atlas names them ("United States of America").
 */
import { countriesAtFinder, countryFinder, type Countries } from './country-finder.ts';
import { namedIn, type StoryPlaces } from './story-places.ts';

/**
 * Other names of countries, and names that hold a country's name without meaning it (null): world-atlas
 * shortens some names ("Eq. Guinea"), and "Equatorial Guinea" must not be read as Guinea.
 */
export const OTHER_NAMES: ReadonlyMap<string, string | null> = new Map([
  ['U.K.', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['Britain', 'United Kingdom'],
  ['England', 'United Kingdom'],
  ['U.S.', 'United States of America'],
  ['U.S.A.', 'United States of America'],
  ['US', 'United States of America'],
  ['USA', 'United States of America'],
  ['United States', 'United States of America'],
  ['America', 'United States of America'],
  ['Latin America', null],
  ['South America', null],
  ['North America', null],
  ['Central America', null],
  ['Equatorial Guinea', 'Eq. Guinea'],
  ['South Sudan', 'S. Sudan'],
  ['Western Sahara', 'W. Sahara'],
  ['Northern Cyprus', 'N. Cyprus'],
  ['Central African Republic', 'Central African Rep.'],
  ['Democratic Republic of the Congo', 'Dem. Rep. Congo'],
  ['Dominican Republic', 'Dominican Rep.'],
  ['Bosnia and Herzegovina', 'Bosnia and Herz.'],
]);

/** Adjectives of nationality; each also matches with an s, as the people ("Syrians"). */
export const DEMONYMS: ReadonlyMap<string, string | null> = new Map([
  ['British', 'United Kingdom'],
  ['American', 'United States of America'],
  ['Latin American', null],
  ['South American', null],
  ['North American', null],
  ['Central American', null],
  ['French', 'France'],
  ['German', 'Germany'],
  ['Belgian', 'Belgium'],
  ['Dutch', 'Netherlands'],
  ['Syrian', 'Syria'],
  ['Iraqi', 'Iraq'],
  ['Libyan', 'Libya'],
  ['Egyptian', 'Egypt'],
  ['Algerian', 'Algeria'],
  ['Turkish', 'Turkey'],
  ['Turk', 'Turkey'],
  ['Israeli', 'Israel'],
  ['Palestinian', 'Palestine'],
  ['Lebanese', 'Lebanon'],
  ['Saudi', 'Saudi Arabia'],
  ['Iranian', 'Iran'],
  ['Russian', 'Russia'],
  ['Philippine', 'Philippines'],
]);

/** The countries named in `text`: by their own name, another name or a demonym. */
export function countriesNamedIn(text: string, countryNames: readonly string[]): Set<string> {
  const forms = new Map<string, string | null>(countryNames.map((name) => [name, name]));
  for (const [form, name] of OTHER_NAMES) forms.set(form, name);
  for (const [form, name] of DEMONYMS) forms.set(form, name).set(`${form}s`, name);
  return namedIn(text, forms);
}

/** The countries holding one of the story's places. */
function countriesHolding(story: StoryPlaces, countries: Countries): Set<string> {
  const countryHolding = countryFinder(countries);
  return new Set(story.points.map(countryHolding).filter((name) => name !== undefined));
}

/** The story's places in each country, `[lon, lat]`, each once; a place on a border in both countries. */
export function placesByCountry(story: StoryPlaces, countries: Countries): Map<string, [number, number][]> {
  const countriesAt = countriesAtFinder(countries);
  const byCountry = new Map<string, [number, number][]>();
  for (const point of new Map(story.points.map((p) => [p.join(), p])).values()) {
    for (const name of countriesAt(point)) byCountry.set(name, [...(byCountry.get(name) ?? []), point]);
  }
  return byCountry;
}

/** The story's countries: those holding one of its places, and those its text names. */
export function storyCountries(story: StoryPlaces, countries: Countries): Set<string> {
  const named = countriesNamedIn(story.text, countries.features.map((country) => country.properties.name));
  return new Set([...countriesHolding(story, countries), ...named]);
}
