/**
 * The region that holds the most of a set of places within a window of at most a given size: the
 * part of the world a locator map frames first, so that a few far-off places (another continent) do
 * not shrink the rest to a dot. Pure; `[lon, lat]` in, `[[south, west], [north, east]]` out.
 */

/** A region as `[[south, west], [north, east]]`, as Leaflet takes bounds. */
export type Region = [[number, number], [number, number]];

/** The window's size, and the margin round the places it holds. */
export interface RegionOptions {
  /** The widest span of longitude, in degrees, the region may take its places from. */
  maxLonSpan: number;
  /** The widest span of latitude, in degrees. */
  maxLatSpan: number;
  /** Degrees added on every side of the places held, so that a place on the edge is well inside. */
  pad: number;
}

/**
 * The indices `[from, to]` of the run of `sorted` (ascending) that spans at most `span` and holds the
 * most values; of equal runs, the one whose values lie closest together, then the first.
 */
export function densestRun(sorted: readonly number[], span: number): [number, number] {
  let best: [number, number] = [0, -1];
  const extent = ([from, to]: [number, number]) => (sorted[to] ?? 0) - (sorted[from] ?? 0);
  for (let from = 0, to = 0; from < sorted.length; from += 1) {
    to = Math.max(to, from);
    while (to + 1 < sorted.length && (sorted[to + 1] ?? 0) - (sorted[from] ?? 0) <= span) to += 1;
    const [count, bestCount] = [to - from, best[1] - best[0]];
    if (count > bestCount || (count === bestCount && extent([from, to]) < extent(best))) best = [from, to];
  }
  return best;
}

/** The values of `values` in their densest run of `span`, as `[least, greatest]`. */
function densestRange(values: readonly number[], span: number): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const [from, to] = densestRun(sorted, span);
  return [sorted[from] ?? 0, sorted[to] ?? 0];
}

/**
 * The region of `points` that holds the most of them within `maxLonSpan` by `maxLatSpan` (the densest
 * run of longitudes, then of latitudes among those), as the bounds of the points it holds, `pad`
 * degrees wider; all of them where they fit. Undefined when there are no points.
 */
export function densestRegion(points: readonly (readonly [number, number])[], { maxLonSpan, maxLatSpan, pad }: RegionOptions): Region | undefined {
  if (points.length === 0) return undefined;
  const [west, east] = densestRange(points.map(([lon]) => lon), maxLonSpan);
  const inLon = points.filter(([lon]) => lon >= west && lon <= east);
  const [south, north] = densestRange(inLon.map(([, lat]) => lat), maxLatSpan);
  return [
    [Math.max(south - pad, -85), Math.max(west - pad, -180)],
    [Math.min(north + pad, 85), Math.min(east + pad, 180)],
  ];
}

/** Whether a `[lon, lat]` position lies inside `region`. */
export function inRegion([[south, west], [north, east]]: Region, [lon = NaN, lat = NaN]: readonly number[]): boolean {
  return lat >= south && lat <= north && lon >= west && lon <= east;
}
