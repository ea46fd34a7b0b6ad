/**
 * Which country lies where, coarsely: a grid of half-degree cells made at build time
 * (scripts/labels/land-grid.ts), each row run-length coded, read here. Label placement asks it what
 * a country's name called out would stand over: set over another country, it reads as that one's.
 */

/** The grid as the label data carries it. */
export interface LandGrid {
  /** A cell's side, in degrees. */
  step: number;
  /** The latitude of the first row's top edge, and the longitude of every row's first cell. */
  north: number;
  west: number;
  cols: number;
  /** The countries, by their index in the grid less one (0 is no country: the sea). */
  names: string[];
  /** Each row from the north: pairs of (country index, how many cells). */
  runs: number[][];
}

/** Each row's run starts, worked out once per grid. */
const starts = new WeakMap<LandGrid, number[][]>();

function runStarts(grid: LandGrid): number[][] {
  let made = starts.get(grid);
  if (!made) {
    made = grid.runs.map((line) => {
      const at: number[] = [];
      for (let i = 0, col = 0; i < line.length; i += 2) {
        at.push(col);
        col += line[i + 1] ?? 0;
      }
      return at;
    });
    starts.set(grid, made);
  }
  return made;
}

/** The country at `[lon, lat]`, or null at sea and beyond the grid. */
export function countryAt(grid: LandGrid, lon: number, lat: number): string | null {
  const row = Math.floor((grid.north - lat) / grid.step);
  const line = grid.runs[row];
  if (!line) return null;
  const col = Math.floor((((lon - grid.west) % 360) + 360) % 360 / grid.step);
  const at = runStarts(grid)[row] ?? [];
  // The last run that starts at or before the column.
  let [low, high] = [0, at.length - 1];
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((at[middle] ?? 0) <= col) low = middle;
    else high = middle - 1;
  }
  const index = line[low * 2] ?? 0;
  return index > 0 ? (grid.names[index - 1] ?? null) : null;
}
