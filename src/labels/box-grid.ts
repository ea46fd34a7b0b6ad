/**
 * Uniform grids over boxes and lines, MapLibre's collision index in small: each is filed under the
 * cells it spans, so that asking what lies near a box looks at a few cells rather than at everything
 * placed. Label placement asks thousands of times a view, mostly in code not yet optimised, so the
 * questions are plain loops that make no objects (no closures, no array literals, no iterators).
 */
import type { Box } from './label-box.ts';
import { holds, overlaps } from './label-box.ts';
import { crossesBox, type Leader } from './callout.ts';

/** Pixels a cell is wide and high: about a short label's width. */
const CELL = 64;

/**
 * Files items under the cells of the boxes they span, over one view: the cells are an array, a
 * view's columns by its rows, and what lies beyond the view is filed in the cells at its edge (a
 * question about a box there looks at it too, and the boxes themselves decide).
 */
class Grid<T> {
  private readonly cells: (T[] | undefined)[];
  private readonly columns: number;
  private readonly rows: number;

  constructor(width: number, height: number) {
    this.columns = Math.max(1, Math.ceil(width / CELL));
    this.rows = Math.max(1, Math.ceil(height / CELL));
    this.cells = new Array<T[] | undefined>(this.columns * this.rows);
  }

  protected column(x: number): number {
    const column = Math.floor(x / CELL);
    return column < 0 ? 0 : column >= this.columns ? this.columns - 1 : column;
  }

  protected row(y: number): number {
    const row = Math.floor(y / CELL);
    return row < 0 ? 0 : row >= this.rows ? this.rows - 1 : row;
  }

  /** The items filed under a cell, if any. */
  protected cell(column: number, row: number): T[] | undefined {
    return this.cells[column * this.rows + row];
  }

  protected file(item: T, x0: number, y0: number, x1: number, y1: number): void {
    for (let x = this.column(x0); x <= this.column(x1); x += 1) {
      for (let y = this.row(y0); y <= this.row(y1); y += 1) {
        const cell = this.cells[x * this.rows + y];
        if (cell) cell.push(item);
        else this.cells[x * this.rows + y] = [item];
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
    for (let x = this.column(box.x0 - padding); x <= this.column(box.x1 + padding); x += 1) {
      for (let y = this.row(box.y0 - padding); y <= this.row(box.y1 + padding); y += 1) {
        const cell = this.cell(x, y);
        if (cell) for (let i = 0; i < cell.length; i += 1) if (overlaps(box, cell[i] as Box, padding)) return true;
      }
    }
    return false;
  }

  /**
   * Whether `line` crosses a box filed, grown by `padding`; leaving out a box that holds `own`, the
   * centre of the symbol the line starts from (a callout's own symbol: a neighbour's, even one that
   * overlaps it where the line starts, is still in the way).
   */
  crossedBy(line: Leader, padding: number, own?: { x: number; y: number }): boolean {
    for (let x = this.column(Math.min(line.x0, line.x1) - padding); x <= this.column(Math.max(line.x0, line.x1) + padding); x += 1) {
      for (let y = this.row(Math.min(line.y0, line.y1) - padding); y <= this.row(Math.max(line.y0, line.y1) + padding); y += 1) {
        const cell = this.cell(x, y);
        if (!cell) continue;
        for (let i = 0; i < cell.length; i += 1) {
          const box = cell[i] as Box;
          if (own && holds(box, own.x, own.y)) continue;
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
    for (let x = this.column(box.x0 - padding); x <= this.column(box.x1 + padding); x += 1) {
      for (let y = this.row(box.y0 - padding); y <= this.row(box.y1 + padding); y += 1) {
        const cell = this.cell(x, y);
        if (cell) for (let i = 0; i < cell.length; i += 1) if (crossesBox(cell[i] as Leader, box, padding)) return true;
      }
    }
    return false;
  }
}
