/**
 * Moves overlapping map symbols apart, in screen pixels, just far enough that none hides another.
 * Symbols are clicked on their square box, so boxes, not circles, are kept apart: two symbols are far
 * enough when they are apart by their half-sizes plus the gap along x or along y. Deterministic: the
 * same input always gives the same layout. Only neighbours are compared (a grid of cells as wide as
 * the largest reach), and the work is capped, so that a story of thousands of places stays quick:
 * then some symbols may still overlap, but the layout never stalls the page.
 */

/** A symbol on screen: its centre and radius in pixels. */
export interface Disc {
  x: number;
  y: number;
  radius: number;
}

/** Options of `spreadApart`. */
export interface SpreadOptions {
  /** Free pixels kept between two symbols. */
  gap: number;
  /** Rounds of pushing apart; crowded clusters need more. */
  iterations: number;
  /** Pairs compared at most, over all rounds: the cap on the work for very many symbols. */
  maxComparisons: number;
}

/** Defaults of `spreadApart`. */
export const SPREAD_DEFAULTS: SpreadOptions = { gap: 6, iterations: 400, maxComparisons: 2_000_000 };

/** Pairs of indices (i < j) of discs whose grid cells touch: the only ones that can overlap. */
function neighbourPairs(placed: readonly Disc[], cell: number): [number, number][] {
  const cells = new Map<string, number[]>();
  placed.forEach((disc, i) => {
    const key = `${Math.floor(disc.x / cell)},${Math.floor(disc.y / cell)}`;
    const members = cells.get(key);
    if (members) members.push(i);
    else cells.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  for (const [key, members] of cells) {
    const [cx = 0, cy = 0] = key.split(',').map(Number);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        const others = cells.get(`${cx + dx},${cy + dy}`);
        if (!others) continue;
        for (const i of members) for (const j of others) if (i < j) pairs.push([i, j]);
      }
    }
  }
  // Grid order depends on positions; pair order must not, for a layout that is the same every time.
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** New centres for `discs`, in the same order, such that no two overlap (within the iterations). */
export function spreadApart(discs: readonly Disc[], options: Partial<SpreadOptions> = {}): { x: number; y: number }[] {
  const { gap, iterations, maxComparisons } = { ...SPREAD_DEFAULTS, ...options };
  const placed = discs.map((disc) => ({ ...disc }));
  const reach = 2 * Math.max(0, ...placed.map((disc) => disc.radius)) + gap;
  let comparisons = 0;
  for (let round = 0; round < iterations && comparisons < maxComparisons; round += 1) {
    let moved = false;
    const pairs = neighbourPairs(placed, reach);
    comparisons += pairs.length;
    for (const [i, j] of pairs) {
      const a = placed[i];
      const b = placed[j];
      if (!a || !b) continue;
      const apart = a.radius + b.radius + gap;
      let dx = b.x - a.x;
      let dy = b.y - a.y;
      if (Math.max(Math.abs(dx), Math.abs(dy)) >= apart - 1e-6) continue;
      let distance = Math.hypot(dx, dy);
      if (distance < 1e-6) {
        // Coincident symbols: part them along a fixed angle per pair, so the layout is stable.
        const angle = (i * 2.399963 + j) % (2 * Math.PI);
        [dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
      }
      // How far apart along their current direction the two boxes stop overlapping.
      const needed = apart / Math.max(Math.abs(dx), Math.abs(dy)) * distance;
      const push = (needed - distance) / 2 / distance;
      a.x -= dx * push;
      a.y -= dy * push;
      b.x += dx * push;
      b.y += dy * push;
      moved = true;
    }
    if (!moved) break;
  }
  return placed.map(({ x, y }) => ({ x, y }));
}
