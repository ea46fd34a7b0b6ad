/**
 * Uniform grids over boxes and lines, MapLibre's collision index in small: each is filed under the
 * cells it spans, so that asking what lies near a box looks at a few cells rather than at everything
 * placed. Label placement asks thousands of times a view, mostly in code not yet optimised, so the
 * questions are plain loops that make no objects (no closures, no array literals, no iterators).
 */
import type { Box } from './label-box.ts';
import { overlaps } from './label-box.ts';
import { crossesBox, type Leader } from './callout.ts';

/** Pixels a cell is wide and high: about a short label's width. */
const CELL = 64;
/** Cells kept apart on each axis: more than any view is wide, with its margins. */
const SPAN = 4096;

const cellOf = (pixels: number) => Math.floor(pixels / CELL) + SPAN / 2;

/** Files items under the cells of the boxes they span. */
class Grid<T> {
  protected readonly cells = new Map<number, T[]>();

  protected file(item: T, x0: number, y0: number, x1: number, y1: number): void {
    for (let x = cellOf(x0); x <= cellOf(x1); x += 1) {
      for (let y = cellOf(y0); y <= cellOf(y1); y += 1) {
        const cell = this.cells.get(x * SPAN + y);
        if (cell) cell.push(item);
        else this.cells.set(x * SPAN + y, [item]);
      }
    }
  }
}

/** Boxes: labels placed, symbols, panels. */
export class BoxGrid extends Grid<Box> {
  insert(box: Box): void {
    this.file(box, box.x0, box.y0, box.x1, box.y1);
  }

  /** Whether a box filed overlaps `box`, `padding` pixels kept between them. */
  overlaps(box: Box, padding: number): boolean {
    for (let x = cellOf(box.x0 - padding); x <= cellOf(box.x1 + padding); x += 1) {
      for (let y = cellOf(box.y0 - padding); y <= cellOf(box.y1 + padding); y += 1) {
        const cell = this.cells.get(x * SPAN + y);
        if (cell) for (let i = 0; i < cell.length; i += 1) if (overlaps(box, cell[i] as Box, padding)) return true;
      }
    }
    return false;
  }

  /**
   * Whether `line` crosses a box filed, grown by `padding`; with `fromInside`, leaving out a box its
   * line starts in (a callout's own symbol).
   */
  crossedBy(line: Leader, padding: number, fromInside = false): boolean {
    for (let x = cellOf(Math.min(line.x0, line.x1) - padding); x <= cellOf(Math.max(line.x0, line.x1) + padding); x += 1) {
      for (let y = cellOf(Math.min(line.y0, line.y1) - padding); y <= cellOf(Math.max(line.y0, line.y1) + padding); y += 1) {
        const cell = this.cells.get(x * SPAN + y);
        if (!cell) continue;
        for (let i = 0; i < cell.length; i += 1) {
          const box = cell[i] as Box;
          if (fromInside && line.x0 >= box.x0 - 1 && line.x0 <= box.x1 + 1 && line.y0 >= box.y0 - 1 && line.y0 <= box.y1 + 1) continue;
          if (crossesBox(line, box, padding)) return true;
        }
      }
    }
    return false;
  }
}

/** Lines: the callouts' leaders. */
export class LineGrid extends Grid<Leader> {
  insert(line: Leader): void {
    this.file(line, Math.min(line.x0, line.x1), Math.min(line.y0, line.y1), Math.max(line.x0, line.x1), Math.max(line.y0, line.y1));
  }

  /** Whether a line filed crosses `box` grown by `padding`. */
  crosses(box: Box, padding: number): boolean {
    for (let x = cellOf(box.x0 - padding); x <= cellOf(box.x1 + padding); x += 1) {
      for (let y = cellOf(box.y0 - padding); y <= cellOf(box.y1 + padding); y += 1) {
        const cell = this.cells.get(x * SPAN + y);
        if (cell) for (let i = 0; i < cell.length; i += 1) if (crossesBox(cell[i] as Leader, box, padding)) return true;
      }
    }
    return false;
  }
}
