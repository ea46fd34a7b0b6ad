/**
 * Where a label's text box stands beside its anchor (a symbol or a city's dot), in pixels: the
 * geometry that label placement and label drawing share.
 */

/** An axis-aligned box in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Which side of its anchor a label is set on: beside it, above or below it (centred, or starting or
 * ending at the anchor, for a long label near an edge); `center` sets it on the anchor (seas, countries).
 */
export type Side = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left' | 'center';

/** The sides tried for a label beside a point, in the order a cartographer prefers them. */
export const POINT_SIDES: readonly Side[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];

/** A label's size and what it keeps clear of at its anchor. */
export interface LabelShape {
  width: number;
  height: number;
  /** Pixels from the anchor to the text: half the symbol, or the dot's radius, plus a little air. */
  clearance: number;
  /** The radius of a dot drawn at the anchor (a city), which is part of what the label covers; 0 for none. */
  dot: number;
}

/** The text box of a label of `shape` set on `side` of the anchor at (x, y). */
export function textBox(x: number, y: number, shape: LabelShape, side: Side): Box {
  const { width: w, height: h, clearance: c } = shape;
  switch (side) {
    case 'right':
      return { x0: x + c, y0: y - h / 2, x1: x + c + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - c - w, y0: y - h / 2, x1: x - c, y1: y + h / 2 };
    case 'above':
      return { x0: x - w / 2, y0: y - c - h, x1: x + w / 2, y1: y - c };
    case 'below':
      return { x0: x - w / 2, y0: y + c, x1: x + w / 2, y1: y + c + h };
    case 'above-right':
      return { x0: x, y0: y - c - h, x1: x + w, y1: y - c };
    case 'above-left':
      return { x0: x - w, y0: y - c - h, x1: x, y1: y - c };
    case 'below-right':
      return { x0: x, y0: y + c, x1: x + w, y1: y + c + h };
    case 'below-left':
      return { x0: x - w, y0: y + c, x1: x, y1: y + c + h };
    case 'center':
      return { x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2 };
  }
}

/** How the lines of a name of several lines line up on `side` of its anchor: towards it. */
export function lineAlign(side: Side): 'left' | 'center' | 'right' {
  if (side === 'left' || side === 'above-left' || side === 'below-left') return 'right';
  return side === 'above' || side === 'below' || side === 'center' ? 'center' : 'left';
}

/**
 * How the lines of a called-out name line up: towards the end of its line (left-aligned where the
 * line meets its left edge, right-aligned at its right edge, centred above or below), so that the line
 * ends at the text, not at the empty corner of a wide box.
 */
export function leaderAlign(box: Box, end: { x1: number }): 'left' | 'center' | 'right' {
  if (end.x1 <= box.x0 + 1) return 'left';
  return end.x1 >= box.x1 - 1 ? 'right' : 'center';
}

/** What a label covers: its text box, and its dot if it has one. */
export function coverBox(x: number, y: number, shape: LabelShape, side: Side): Box {
  const box = textBox(x, y, shape, side);
  if (shape.dot <= 0) return box;
  return { x0: Math.min(box.x0, x - shape.dot), y0: Math.min(box.y0, y - shape.dot), x1: Math.max(box.x1, x + shape.dot), y1: Math.max(box.y1, y + shape.dot) };
}

/** Whether `inner` lies wholly inside `outer`, edges included. */
export function contains(outer: Box, inner: Box): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Whether two boxes are one, to within half a pixel. */
export function sameBox(a: Box, b: Box): boolean {
  return Math.abs(a.x0 - b.x0) < 0.5 && Math.abs(a.y0 - b.y0) < 0.5 && Math.abs(a.x1 - b.x1) < 0.5 && Math.abs(a.y1 - b.y1) < 0.5;
}

/** Whether the point (x, y) lies in `box`, its edges included. */
export function holds(box: Box, x: number, y: number): boolean {
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
}

/** Whether two boxes overlap, with `padding` pixels kept between them. */
export function overlaps(a: Box, b: Box, padding = 0): boolean {
  return a.x0 < b.x1 + padding && b.x0 < a.x1 + padding && a.y0 < b.y1 + padding && b.y0 < a.y1 + padding;
}

/** An area's name as `standsOn` sees it: its label point, and its other points, each with how far round it the area surely reaches. */
export interface AreaAnchors {
  x: number;
  y: number;
  callout?: { inside?: number | undefined } | undefined;
  alsoAt?: readonly { x: number; y: number; inside?: number | undefined }[] | undefined;
}

/**
 * Whether a name's box stands on its area: its middle within the reach of the label point or of any
 * of the area's other points. A name with no reach given (a place's, not an area's) stands anywhere.
 */
export function standsOn(box: Box, area: AreaAnchors): boolean {
  const inside = area.callout?.inside;
  if (inside === undefined) return true;
  const [x, y] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  return Math.hypot(x - area.x, y - area.y) <= inside || (area.alsoAt ?? []).some((at) => Math.hypot(x - at.x, y - at.y) <= (at.inside ?? 0));
}
