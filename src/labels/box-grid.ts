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

  /**
   * Whether `hit` holds for an item filed near `box` grown by `padding`: asked thousands of times a
   * view, a plain loop over the cells, making nothing.
   */
  protected anyNear(box: Box, padding: number, hit: (item: T, box: Box, padding: number) => boolean): boolean {
    const c0 = this.column(box.x0 - padding);
    const c1 = this.column(box.x1 + padding);
    const r0 = this.row(box.y0 - padding);
    const r1 = this.row(box.y1 + padding);
    for (let x = c0; x <= c1; x += 1) {
      for (let y = r0; y <= r1; y += 1) {
        const cell = this.cells[x * this.rows + y];
        if (cell) for (let i = 0; i < cell.length; i += 1) if (hit(cell[i] as T, box, padding)) return true;
      }
    }
    return false;
  }

  /**
   * The index of each cell of the area from (x0, y0) to (x1, y1), to `visit` (for filing and
   * gathering, a few times a view; the questions asked thousands of times loop on their own).
   */
  private eachCell(x0: number, y0: number, x1: number, y1: number, visit: (index: number) => void): void {
    const [c0, c1, r0, r1] = [this.column(x0), this.column(x1), this.row(y0), this.row(y1)];
    for (let x = c0; x <= c1; x += 1) for (let y = r0; y <= r1; y += 1) visit(x * this.rows + y);
  }

  /** The items filed under the cells of the area from (x0, y0) to (x1, y1), each once. */
  gather(x0: number, y0: number, x1: number, y1: number): T[] {
    const found = new Set<T>();
    this.eachCell(x0, y0, x1, y1, (index) => this.cells[index]?.forEach((item) => found.add(item)));
    return [...found];
  }

  protected file(item: T, x0: number, y0: number, x1: number, y1: number): void {
    this.eachCell(x0, y0, x1, y1, (index) => {
      const cell = this.cells[index];
      if (cell) cell.push(item);
      else this.cells[index] = [item];
    });
  }
}

/** Boxes: labels placed, symbols, panels. */
export class BoxGrid extends Grid<Box> {
  insert(box: Box): void {
    this.file(box, box.x0, box.y0, box.x1, box.y1);
  }

  /** Whether a box filed overlaps `box`, `padding` pixels kept between them. */
  overlaps(box: Box, padding: number): boolean {
    return this.anyNear(box, padding, overlaps);
  }
}

/** Lines: the callouts' leaders. */
export class LineGrid extends Grid<Leader> {
  insert(line: Leader): void {
    this.file(line, Math.min(line.x0, line.x1), Math.min(line.y0, line.y1), Math.max(line.x0, line.x1), Math.max(line.y0, line.y1));
  }

  /** Whether a line filed crosses `box` grown by `padding`. */
  crosses(box: Box, padding: number): boolean {
    return this.anyNear(box, padding, crossesBox);
  }
}

/** How many times nearer its own symbol than any other a story name set at a corner of it must stand (see `SymbolGrid.nearerThan`). */
export const CLEARLY_NEARER = 1.5;

/**
 * Pixels within which another story symbol, level with a name set at a corner of its own symbol or
 * nearer the name's middle, makes the name read as the other's (see `SymbolGrid.nearerThan`).
 */
export const READING_REACH = 16;

/** A symbol as a circle: its centre and radius; a place fanned out from its group, its true place. */
export interface SymbolCircle {
  x: number;
  y: number;
  r: number;
  trueAt?: { x: number; y: number } | undefined;
}

/** Pixels from `box` to the edge of `circle` (0 where they touch or overlap). */
export function gapToCircle(box: Box, circle: SymbolCircle): number {
  const dx = Math.max(box.x0 - circle.x, 0, circle.x - box.x1);
  const dy = Math.max(box.y0 - circle.y, 0, circle.y - box.y1);
  return Math.max(0, Math.hypot(dx, dy) - circle.r);
}

/** Symbols, as circles: the story's, for telling which of them a name stands nearest. */
export class SymbolGrid extends Grid<SymbolCircle> {
  private own: SymbolCircle | null = null;
  private ownGap = 0;

  insert(circle: SymbolCircle): void {
    this.file(circle, circle.x - circle.r, circle.y - circle.r, circle.x + circle.r, circle.y + circle.r);
  }

  /**
   * Whether a symbol other than `own` lies nearer `box` than `own` does. A name set level with its
   * symbol, or centred over or under it, reads as its; one set off at a corner only where its symbol
   * is clearly the nearest (`cornered`: `CLEARLY_NEARER` times as near, and a pixel more): "Brussels"
   * set above and to the right of its disc, 6 px from it and 6 px over Moscow's triangle, read as Moscow.
   * A cornered name also may not stand level with another symbol at one of its ends, or nearer the middle of the name than its own (`readsAsTheirs`).
   */
  nearerThan(own: SymbolCircle, box: Box, cornered = false): boolean {
    this.own = own;
    this.ownGap = cornered ? gapToCircle(box, own) * CLEARLY_NEARER + 1 : gapToCircle(box, own);
    if (this.anyNear(box, this.ownGap, this.isNearer)) return true;
    return cornered && this.anyNear(box, READING_REACH, this.readsAsTheirs);
  }

  /** The symbols within `gap` pixels of `box`. */
  around(box: Box, gap: number): SymbolCircle[] {
    return this.gather(box.x0 - gap, box.y0 - gap, box.x1 + gap, box.y1 + gap).filter((circle) => gapToCircle(box, circle) <= gap);
  }

  /** Whether a symbol other than `own` (any, where `own` is null) lies within `gap` pixels of `box`. */
  near(own: SymbolCircle | null, box: Box, gap: number): boolean {
    this.own = own;
    this.ownGap = gap;
    return this.anyNear(box, gap, this.isNearer);
  }

  /**
   * Whether a name set at a corner of `own` reads as the other symbol's, `circle`, within
   * `READING_REACH` of it: level with the name, at one of its ends ("NATO HQ" set below and right of
   * its triangle, level with Maalbeek's circle, read as Maalbeek's), or nearer the middle of the name
   * than its own symbol ("Manchester", set above and right of its dot, stood over Moscow's triangle).
   */
  private readonly readsAsTheirs = (circle: SymbolCircle, box: Box): boolean => {
    const own = this.own;
    if (!own || (circle.x === own.x && circle.y === own.y) || gapToCircle(box, circle) > READING_REACH) return false;
    const level = circle.y >= box.y0 && circle.y <= box.y1 && (circle.x <= box.x0 || circle.x >= box.x1);
    const [midX, midY] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
    return level || Math.hypot(circle.x - midX, circle.y - midY) < Math.hypot(own.x - midX, own.y - midY);
  };

  /**
   * Whether a symbol stands level with `box` within `gap` pixels of it, at one of its ends: a name set
   * there reads as the symbol's (on a phone "IRAQ", 5 px right of Damascus's triangle, read as its name).
   */
  levelWith(box: Box, gap: number): boolean {
    this.ownGap = gap;
    return this.anyNear(box, gap, this.isLevel);
  }

  private readonly isLevel = (circle: SymbolCircle, box: Box): boolean =>
    circle.y >= box.y0 && circle.y <= box.y1 && (circle.x <= box.x0 || circle.x >= box.x1) && gapToCircle(box, circle) < this.ownGap;

  private readonly isNearer = (circle: SymbolCircle, box: Box): boolean => {
    const own = this.own;
    if (own && circle.x === own.x && circle.y === own.y) return false;
    return gapToCircle(box, circle) < this.ownGap;
  };
}
