/**
 * The land grid (scripts/labels/land-grid.ts, read by src/labels/land-grid.ts): which country lies
 * where, on literal polygons and on the real Natural Earth countries the map draws.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { landGrid } from '../scripts/labels/land-grid.ts';
import { countriesFromTopology } from '../src/map/basemap/basemap-data.ts';
import { countryAt } from '../src/labels/land-grid.ts';

const square = (w: number, s: number, e: number, n: number) => [[w, s], [e, s], [e, n], [w, n], [w, s]];

describe('the land grid, on literal countries', () => {
  // A country 10 degrees square with a lake in its middle, a neighbour east of it, an island across the antimeridian's edge.
  const countries: FeatureCollection<Polygon, { name: string }> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'Squareland' }, geometry: { type: 'Polygon', coordinates: [square(0, 40, 10, 50), square(4, 44, 6, 46)] } },
      { type: 'Feature', properties: { name: 'Eastland' }, geometry: { type: 'Polygon', coordinates: [square(10, 40, 20, 50)] } },
      { type: 'Feature', properties: { name: 'Edge Island' }, geometry: { type: 'Polygon', coordinates: [square(178, -20, 180, -18)] } },
    ],
  };
  const grid = landGrid(countries);

  it('names the country under a point, and none at sea or in a lake', () => {
    expect(countryAt(grid, 2, 42)).toBe('Squareland');
    expect(countryAt(grid, 15, 48)).toBe('Eastland');
    expect(countryAt(grid, 5, 45)).toBeNull();
    expect(countryAt(grid, -5, 45)).toBeNull();
    expect(countryAt(grid, 25, 45)).toBeNull();
  });

  it('reads longitudes past the antimeridian as the same place', () => {
    expect(countryAt(grid, 179, -19)).toBe('Edge Island');
    expect(countryAt(grid, 179 - 360, -19)).toBe('Edge Island');
  });

  it('names nothing beyond its rows (near the poles)', () => {
    expect(countryAt(grid, 5, 89)).toBeNull();
    expect(countryAt(grid, 5, -80)).toBeNull();
  });

  it('codes each row in runs that cover the world once', () => {
    for (const row of grid.runs) expect(row.filter((_, i) => i % 2 === 1).reduce((a, b) => a + b, 0)).toBe(grid.cols);
  });
});

describe('the land grid of the map\'s countries', () => {
  const require = createRequire(import.meta.url);
  const grid = landGrid(countriesFromTopology(JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'))));

  it("puts the story's cities in their countries, and the seas between them at sea", () => {
    const at = (lon: number, lat: number) => countryAt(grid, lon, lat);
    expect([at(44.4, 33.3), at(39.0, 35.95), at(-0.1, 51.5), at(2.35, 48.85), at(31.2, 30.0), at(32.8, 39.9), at(13.2, 32.9)]).toEqual(['Iraq', 'Syria', 'United Kingdom', 'France', 'Egypt', 'Turkey', 'Libya']);
    // The Channel, the Mediterranean off Crete, the Persian Gulf.
    expect([at(-1, 50.2), at(25, 34), at(51, 27)]).toEqual([null, null, null]);
  });
});
