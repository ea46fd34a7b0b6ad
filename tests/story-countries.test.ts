/**
 * The story's countries (scripts/labels/story-countries.ts): those holding its places, on literal
 * polygons, and those its text names, by name, another name or demonym.
 */
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { countryFinder, type Countries } from '../scripts/labels/country-finder.ts';
import { countriesNamedIn, DEMONYMS, OTHER_NAMES, placesByCountry, storyCountries } from '../scripts/labels/story-countries.ts';

const square = (west: number, south: number, east: number, north: number): Position[] => [[west, south], [east, south], [east, north], [west, north], [west, south]];

/** Westland, a square with a lake; Eastland, two islands; nothing between them but sea. */
const COUNTRIES: Countries = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { name: 'Westland' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10, 10), square(4, 4, 6, 6)] } },
    { type: 'Feature', properties: { name: 'Eastland' }, geometry: { type: 'MultiPolygon', coordinates: [[square(20, 0, 24, 4)], [square(26, 6, 30, 10)]] } },
  ],
};

const NAMES = ['Syria', 'Iraq', 'United Kingdom', 'United States of America', 'American Samoa', 'Guinea', 'Guinea-Bissau', 'Papua New Guinea', 'Eq. Guinea', 'Niger', 'Nigeria', 'Iran', 'Saudi Arabia', 'Turkey'];

describe('the country holding a place', () => {
  const countryHolding = countryFinder(COUNTRIES);

  it('is the one it lies in, not one whose lake it lies in', () => {
    expect(countryHolding([2, 2])).toBe('Westland');
    expect(countryHolding([5, 5])).toBeUndefined();
    expect(countryHolding([28, 8])).toBe('Eastland');
  });

  it('is the nearest within a quarter degree of its coast, for a seafront the coarse coast leaves at sea', () => {
    expect(countryHolding([10.2, 5])).toBe('Westland');
    expect(countryHolding([19.9, 2])).toBe('Eastland');
    expect(countryHolding([15, 5])).toBeUndefined();
  });

  it('is none for a place on the border of two, within the polygons\' precision of the other', () => {
    const neighbours: Countries = { ...COUNTRIES, features: [...COUNTRIES.features, { type: 'Feature', properties: { name: 'Northland' }, geometry: { type: 'Polygon', coordinates: [square(0, 10, 10, 20)] } }] };
    const holding = countryFinder(neighbours);
    expect(holding([5, 9.97])).toBeUndefined();
    expect(holding([5, 10.03])).toBeUndefined();
    expect(holding([5, 9.9])).toBe('Westland');
    expect(holding([5, 10.1])).toBe('Northland');
  });
});

describe('the countries a text names', () => {
  it('are named by their own name, as a whole word with its capitals', () => {
    expect(countriesNamedIn('Fighting in Syria and Iraq.', NAMES)).toEqual(new Set(['Syria', 'Iraq']));
    expect(countriesNamedIn('A roast turkey; nigerian food.', NAMES)).toEqual(new Set());
    expect(countriesNamedIn('Flights to Nigeria.', NAMES)).toEqual(new Set(['Nigeria']));
  });

  it('are named by other names and by their demonyms, with an s for the people', () => {
    expect(countriesNamedIn('The U.K. and Britain; British soldiers.', NAMES)).toEqual(new Set(['United Kingdom']));
    expect(countriesNamedIn('The Syrian uprising; Iraqi army; Saudi princes; Iranian-funded backers.', NAMES)).toEqual(new Set(['Syria', 'Iraq', 'Saudi Arabia', 'Iran']));
    expect(countriesNamedIn('Iraqis and Syrians.', NAMES)).toEqual(new Set(['Iraq', 'Syria']));
    expect(countriesNamedIn('Turkish border.', NAMES)).toEqual(new Set(['Turkey']));
  });

  it('are the United States for "U.S.", "American" and "America", but not for the Americas or American Samoa', () => {
    expect(countriesNamedIn('U.S. President; two American submarines; an America that…', NAMES)).toEqual(new Set(['United States of America']));
    expect(countriesNamedIn('Latin America and South American football.', NAMES)).toEqual(new Set());
    expect(countriesNamedIn('Pago Pago, American Samoa.', NAMES)).toEqual(new Set(['American Samoa']));
  });

  it('are the longest name that fits: Guinea-Bissau, Papua New Guinea and Equatorial Guinea are not Guinea', () => {
    expect(countriesNamedIn('Guinea-Bissau, Papua New Guinea and Equatorial Guinea.', NAMES)).toEqual(new Set(['Guinea-Bissau', 'Papua New Guinea', 'Eq. Guinea']));
  });

  it('come from a small table of literal forms, each for one country or none', () => {
    expect(DEMONYMS.get('Saudi')).toBe('Saudi Arabia');
    expect(DEMONYMS.get('British')).toBe('United Kingdom');
    expect(DEMONYMS.get('American')).toBe('United States of America');
    expect(OTHER_NAMES.get('U.S.')).toBe('United States of America');
    expect(OTHER_NAMES.get('Latin America')).toBeNull();
    expect(DEMONYMS.size + OTHER_NAMES.size).toBeLessThan(60);
  });
});

describe('the story\'s countries', () => {
  it('are those holding its places and those its text names, each once', () => {
    const countries: Countries = { ...COUNTRIES, features: [...COUNTRIES.features, { type: 'Feature', properties: { name: 'Syria' }, geometry: { type: 'Polygon', coordinates: [square(36, 32, 42, 37)] } }] };
    expect(storyCountries({ points: [[2, 2], [3, 3], [50, 50]], text: 'The Syrian war.' }, countries)).toEqual(new Set(['Westland', 'Syria']));
    expect(storyCountries({ points: [], text: '' }, countries)).toEqual(new Set());
  });

  it("each hold their places of the story, each once; a place on a border is in both countries' lists", () => {
    const countries: Countries = { ...COUNTRIES, features: [...COUNTRIES.features, { type: 'Feature', properties: { name: 'Northland' }, geometry: { type: 'Polygon', coordinates: [square(0, 10, 10, 20)] } }] };
    const places = placesByCountry({ points: [[2, 2], [2, 2], [5, 9.98], [5, 15], [50, 50]], text: '' }, countries);
    expect(places).toEqual(new Map([['Westland', [[2, 2], [5, 9.98]]], ['Northland', [[5, 9.98], [5, 15]]]]));
  });
});
