/**
 * Moves overlapping map symbols apart, in screen pixels, just far enough that none hides another.
 * Symbols are clicked on their square box, so boxes, not circles, are kept apart: two symbols are far
 * enough when they are apart by their half-sizes plus the gap along x or along y. Deterministic: the
 * same input always gives the same layout.
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
}

/** Defaults of `spreadApart`. */
export const SPREAD_DEFAULTS: SpreadOptions = { gap: 6, iterations: 400 };

/** New centres for `discs`, in the same order, such that no two overlap (within the iterations). */
export function spreadApart(discs: readonly Disc[], options: Partial<SpreadOptions> = {}): { x: number; y: number }[] {
  const { gap, iterations } = { ...SPREAD_DEFAULTS, ...options };
  const placed = discs.map((disc) => ({ ...disc }));
  for (let round = 0; round < iterations; round += 1) {
    let moved = false;
    for (let i = 0; i < placed.length; i += 1) {
      for (let j = i + 1; j < placed.length; j += 1) {
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
    }
    if (!moved) break;
  }
  return placed.map(({ x, y }) => ({ x, y }));
}
