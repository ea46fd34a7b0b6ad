/**
 * Which country lies where, as a coarse grid for the browser (src/labels/land-grid.ts reads it): each
 * cell of half a degree holds the country under its centre, or none (the sea). Label placement asks
 * it where a country's name, called out, would stand: over another country, it would name that one.
 * Made by scanlines: each row's centre line crosses each polygon's rings at points that, sorted, pair
 * up into spans inside it (even-odd, so holes stay out).
 */
import type { Position } from 'geojson';
import type { LandGrid } from '../../src/labels/land-grid.ts';
import { polygonsOf, type Countries } from './country-finder.ts';

/** The grid's cell, in degrees: at the zooms where countries are called out (3 to 5), 6 to 20 pixels. */
export const LAND_STEP = 0.5;
/** The grid's extent in latitude: no label is placed nearer the poles. */
const NORTH = 84;
const SOUTH = -60;

/** The longitudes at which a polygon's rings cross the line of latitude `lat`. */
function crossings(rings: readonly Position[][], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > lat !== yj > lat) xs.push(xi + ((lat - yi) * (xj - xi)) / (yj - yi));
    }
  }
  return xs.sort((a, b) => a - b);
}

/** The land grid of `countries`, its rows run-length coded. */
export function landGrid(countries: Countries): LandGrid {
  const cols = Math.round(360 / LAND_STEP);
  const rows = Math.round((NORTH - SOUTH) / LAND_STEP);
  const cells = new Uint16Array(cols * rows);
  const names = countries.features.map((country) => country.properties.name);
  countries.features.forEach((country, index) => {
    for (const rings of polygonsOf(country.geometry)) {
      const lats = (rings[0] ?? []).map((p) => p[1] ?? 0);
      const [top, bottom] = [Math.max(...lats), Math.min(...lats)];
      const first = Math.max(0, Math.floor((NORTH - top) / LAND_STEP));
      const last = Math.min(rows - 1, Math.ceil((NORTH - bottom) / LAND_STEP));
      for (let row = first; row <= last; row += 1) {
        const xs = crossings(rings, NORTH - (row + 0.5) * LAND_STEP);
        for (let k = 0; k + 1 < xs.length; k += 2) {
          // The cells whose centres lie in the span.
          const from = Math.max(0, Math.ceil(((xs[k] ?? 0) + 180) / LAND_STEP - 0.5));
          const to = Math.min(cols - 1, Math.floor(((xs[k + 1] ?? 0) + 180) / LAND_STEP - 0.5));
          for (let col = from; col <= to; col += 1) cells[row * cols + col] = index + 1;
        }
      }
    }
  });
  const runs: number[][] = [];
  for (let row = 0; row < rows; row += 1) {
    const line: number[] = [];
    for (let col = 0; col < cols; ) {
      const value = cells[row * cols + col] ?? 0;
      let end = col + 1;
      while (end < cols && cells[row * cols + end] === value) end += 1;
      line.push(value, end - col);
      col = end;
    }
    runs.push(line);
  }
  return { step: LAND_STEP, north: NORTH, west: -180, cols, names, runs };
}
