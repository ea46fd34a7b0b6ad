/**
 * What lies round one anchor, gathered once from the placement's grids for all the spots its callout
 * search tries (a country's name tries hundreds a view, from each of its points): each spot is then
 * checked against a short list, not the grids' cells. The same checks as beside a symbol: a spot's box
 * keeps clear of the symbols, the labels and the lines placed; its line crosses no label, no other
 * line and no symbol but the one it starts from.
 */
import type { BoxGrid, LineGrid } from './box-grid.ts';
import { crossesBox, segmentsCross, type Leader } from './callout.ts';
import { holds, type Box } from './label-box.ts';

/** What is in the way near an anchor. */
export interface CalloutRoom {
  obstacles: Box[];
  labels: Box[];
  lines: Leader[];
}

/** What the grids hold within `area` grown by `padding`. */
export function roomIn(area: Box, padding: number, grids: { obstacles: BoxGrid; labels: BoxGrid; lines: LineGrid }): CalloutRoom {
  const x0 = area.x0 - padding;
  const y0 = area.y0 - padding;
  const x1 = area.x1 + padding;
  const y1 = area.y1 + padding;
  return { obstacles: grids.obstacles.gather(x0, y0, x1, y1), labels: grids.labels.gather(x0, y0, x1, y1), lines: grids.lines.gather(x0, y0, x1, y1) };
}

/** Whether `box` overlaps any of `boxes`, `padding` kept: label-box.ts's `overlaps`, written out in the loop. */
function overlapsAny(box: Box, boxes: readonly Box[], padding: number): boolean {
  const x0 = box.x0 - padding;
  const y0 = box.y0 - padding;
  const x1 = box.x1 + padding;
  const y1 = box.y1 + padding;
  for (let i = 0; i < boxes.length; i += 1) {
    const other = boxes[i] as Box;
    if (x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1) return true;
  }
  return false;
}

/** Whether `box` is centred on (x, y), to within half a pixel: a symbol's own box. */
function centredOn(box: Box, x: number, y: number): boolean {
  return Math.abs((box.x0 + box.x1) / 2 - x) < 0.5 && Math.abs((box.y0 + box.y1) / 2 - y) < 0.5;
}

/**
 * Whether a callout's `box` is clear, `padding` pixels kept, and its `leader` crosses nothing but the
 * symbol at `own`: for a story name (`symbol`), the symbol centred there, never another that covers
 * it (Jerusalem's line ran through Damascus's ring, over its symbol); for an area's name, whatever
 * covers its point (Brussels's disc over Belgium's). Indexed loops: it runs thousands of times a view.
 */
export function roomFor(room: CalloutRoom, box: Box, leader: Leader, own: { x: number; y: number }, padding: number, symbol = false): boolean {
  const { obstacles, labels, lines } = room;
  if (overlapsAny(box, obstacles, padding) || overlapsAny(box, labels, padding)) return false;
  for (let i = 0; i < lines.length; i += 1) if (crossesBox(lines[i] as Leader, box, padding) || segmentsCross(lines[i] as Leader, leader)) return false;
  for (let i = 0; i < labels.length; i += 1) if (crossesBox(leader, labels[i] as Box, padding)) return false;
  for (let i = 0; i < obstacles.length; i += 1) {
    const obstacle = obstacles[i] as Box;
    const owns = symbol ? centredOn(obstacle, own.x, own.y) : holds(obstacle, own.x, own.y);
    if (!owns && crossesBox(leader, obstacle, 0)) return false;
  }
  return true;
}
