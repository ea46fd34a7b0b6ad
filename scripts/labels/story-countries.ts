/**
 * The story's countries, whose names a locator map writes first: those that hold one of the story's
 * places, and those its article names, by name ("Syria") or by another common form ("Syrian",
 * "U.K."). Countries are Natural Earth's as world-atlas names them ("United States of America").
 */
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { namedIn, type StoryPlaces } from './story-places.ts';

/** Natural Earth countries, as `countriesFromTopology` gives them (cut at the antimeridian). */
export type Countries = FeatureCollection<Polygon | MultiPolygon, { name: string }>;

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

/** How far from its coast a place may lie and still be held by a country (a seafront at 1:50m), in degrees. */
const COAST_DEGREES = 0.25;

/** The countries named in `text`: by their own name, another name or a demonym. */
export function countriesNamedIn(text: string, countryNames: readonly string[]): Set<string> {
  const forms = new Map<string, string | null>(countryNames.map((name) => [name, name]));
  for (const [form, name] of OTHER_NAMES) forms.set(form, name);
  for (const [form, name] of DEMONYMS) forms.set(form, name).set(`${form}s`, name);
  return namedIn(text, forms);
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Even-odd: inside the outer ring and in none of the holes, in plain degrees. */
function inPolygon([x, y]: readonly [number, number], rings: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Distance from a point to a ring's edges, in degrees, longitude scaled to the latitude's. */
function distanceToRing([x, y]: readonly [number, number], ring: readonly Position[]): number {
  const k = Math.cos((y * Math.PI) / 180);
  let least = Number.POSITIVE_INFINITY;
  for (let i = 1; i < ring.length; i += 1) {
    const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
    const [x2 = 0, y2 = 0] = ring[i] ?? [];
    const [dx, dy] = [(x2 - x1) * k, y2 - y1];
    const [px, py] = [(x - x1) * k, y - y1];
    const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
    least = Math.min(least, Math.hypot(px - t * dx, py - t * dy));
  }
  return least;
}

/** The country that holds a point: the one it lies in, else the nearest within reach of its coast. */
export function countryHolding(point: readonly [number, number], countries: Countries): string | undefined {
  const within = countries.features.find((country) => polygonsOf(country.geometry).some((polygon) => inPolygon(point, polygon)));
  if (within) return within.properties.name;
  let nearest: { name: string; distance: number } | undefined;
  for (const country of countries.features) {
    const distance = Math.min(...polygonsOf(country.geometry).map((polygon) => distanceToRing(point, polygon[0] ?? [])));
    if (distance <= COAST_DEGREES && distance < (nearest?.distance ?? Number.POSITIVE_INFINITY)) nearest = { name: country.properties.name, distance };
  }
  return nearest?.name;
}

/** The story's countries: those holding one of its places, and those its text names. */
export function storyCountries(story: StoryPlaces, countries: Countries): Set<string> {
  const held = story.points.map((point) => countryHolding(point, countries)).filter((name) => name !== undefined);
  const named = countriesNamedIn(story.text, countries.features.map((country) => country.properties.name));
  return new Set([...held, ...named]);
}
