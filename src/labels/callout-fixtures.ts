/**
 * Literal inputs shared by the callout tests (placement-callouts.test.ts, area-line-ends.test.ts): a
 * label's shape, a story name, and a symbol at (100, 100) hemmed in on every side.
 */
import type { LabelCandidate } from './placement-types.ts';

export const shape = { width: 60, height: 14, clearance: 10, dot: 0 };

/** A story name at (x, y), four sides to try, called out from a symbol 6 px round. */
export const story = (id: string, x: number, y: number, rank = 0): LabelCandidate => ({ id, text: id, tier: 'story', rank, x, y, sides: ['right', 'left', 'above', 'below'], ...shape, callout: { radius: 6 } });

/** Four small neighbours of a symbol at (100, 100), each in the way of its label on one side. */
export const walls = [
  { x0: 140, y0: 96, x1: 148, y1: 104 },
  { x0: 52, y0: 96, x1: 60, y1: 104 },
  { x0: 96, y0: 78, x1: 104, y1: 86 },
  { x0: 96, y0: 114, x1: 104, y1: 122 },
];

/** The symbol at (100, 100) itself. */
export const own = { x0: 94, y0: 94, x1: 106, y1: 106 };
