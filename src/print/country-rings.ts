/**
 * The basemap's country outlines cut into their rings, each with its bounding box in path units, so
 * that a printed map draws only the land in its frame: a tour handout's thirteen small maps each drew
 * the whole world's outlines (an A4 PDF of 18 MB). Pure.
 */

/** One ring of a country's outline: its path data (`M…l…z`) and its box in path units. */
export interface CountryRing {
  d: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * The rings of the basemap's paths (src/map/basemap/path-units.ts writes each as `M{x} {y}l{dx}{dy} …z`,
 * whole numbers, the first point absolute and the rest relative).
 */
export function countryRings(paths: readonly string[]): CountryRing[] {
  const rings: CountryRing[] = [];
  for (const path of paths) {
    for (const d of path.split(/(?=M)/)) {
      const numbers = d.match(/-?\d+/g)?.map(Number) ?? [];
      if (numbers.length < 2) continue;
      let [x = 0, y = 0] = numbers;
      const box = { x0: x, y0: y, x1: x, y1: y };
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        x += numbers[i] ?? 0;
        y += numbers[i + 1] ?? 0;
        box.x0 = Math.min(box.x0, x);
        box.x1 = Math.max(box.x1, x);
        box.y0 = Math.min(box.y0, y);
        box.y1 = Math.max(box.y1, y);
      }
      rings.push({ d, ...box });
    }
  }
  return rings;
}

/** The path data of the rings that reach into `box` (path units), as one path. */
export function ringsWithin(rings: readonly CountryRing[], box: { x0: number; y0: number; x1: number; y1: number }): string {
  return rings
    .filter((ring) => ring.x1 >= box.x0 && ring.x0 <= box.x1 && ring.y1 >= box.y0 && ring.y0 <= box.y1)
    .map((ring) => ring.d)
    .join('');
}
