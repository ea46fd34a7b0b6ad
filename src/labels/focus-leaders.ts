/**
 * A line from a focus symbol to its name where the name stands above, below or at a corner of it.
 * The selection's and the tour stop's symbols wear a wide ring, and their names keep clear of it: set
 * beside the ring they read as theirs, but set above or below, a step away, they float (two tour
 * places 100 px apart, each named above or below, could be either's). A short line says whose.
 */
import type { Leader } from './callout.ts';
import type { LabelCandidate, PlacedLabel } from './placement.ts';

/** Pixels of gap (beyond the ring and its glow) under which a name needs no line to its symbol. */
const CLOSE_ENOUGH = 2;

/** The placed labels, each focus name off to a side other than right or left given a line from its symbol's edge. */
export function withFocusLeaders(placed: readonly PlacedLabel[], candidates: readonly LabelCandidate[]): PlacedLabel[] {
  // Most views have no focus name: nothing to look up.
  if (!placed.some((label) => label.tier === 'focus')) return [...placed];
  const byId = new Map(candidates.map((c) => [c.id, c]));
  return placed.map((label) => {
    const symbol = byId.get(label.id);
    // An area's name (a country a chosen line leads to) has no symbol: its callout says whether it needs a line.
    if (label.tier !== 'focus' || label.leader || !symbol?.callout?.radius || label.side === 'right' || label.side === 'left') return label;
    const { box } = label;
    const [x, y] = [Math.max(box.x0, Math.min(box.x1, symbol.x)), Math.max(box.y0, Math.min(box.y1, symbol.y))];
    const distance = Math.hypot(x - symbol.x, y - symbol.y);
    const { radius } = symbol.callout;
    if (distance - radius <= CLOSE_ENOUGH) return label;
    const leader: Leader = { x0: symbol.x + ((x - symbol.x) * radius) / distance, y0: symbol.y + ((y - symbol.y) * radius) / distance, x1: x, y1: y };
    return { ...label, leader };
  });
}
