/**
 * Where the printed map's numbers go: each in a tag beside its place, or, where the places crowd,
 * further out with a leader line, so that no tag overlaps another tag, a symbol, an obstacle (labels,
 * when the map has them) or another tag's leader. One pure function over literal boxes, in the manner
 * of MapLibre's symbol placement: candidates in order, kept when they collide with nothing placed.
 */

/** A box on the page: its top left corner and its size, in map units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A thing to number: where it is, and the radius of its symbol there (0 for a point on a line). */
export interface NumberAnchor {
  id: string;
  label: string;
  x: number;
  y: number;
  radius: number;
}

/** A placed number: its tag's box, and the leader line from its place when the tag stands apart (always from a point on a line). */
export interface PlacedNumber {
  id: string;
  label: string;
  box: Box;
  leader: { from: [number, number]; to: [number, number] } | null;
}

/** Options of `layoutNumbers`, with their defaults in `NUMBER_LAYOUT_DEFAULTS`. */
export interface NumberLayoutOptions {
  /** The page: tags stay inside it. */
  width: number;
  height: number;
  /** Boxes no tag may cover besides the symbols: labels, a key. */
  obstacles: readonly Box[];
  /** A tag's height, and the width of one character and of the tag's padding. */
  tagHeight: number;
  charWidth: number;
  tagPadding: number;
  /** The space kept clear between a tag and anything else. */
  gap: number;
  /** The room kept clear around a point on a line (radius 0), where its leader starts. */
  pointRadius: number;
  /** How much further each ring of candidates is from the place, and how many rings are tried. */
  ringStep: number;
  rings: number;
}

/** The tags' type size in map units: 17.5 of 1,000 units printed 186 mm wide (A4 less its margins) is 9.2 pt. */
export const TAG_FONT_SIZE = 17.5;

/** Sizes for a map 1,000 units wide: tags of TAG_FONT_SIZE bold digits (0.7 em wide in DejaVu Sans Bold). */
export const NUMBER_LAYOUT_DEFAULTS: Omit<NumberLayoutOptions, 'width' | 'height' | 'obstacles'> = {
  tagHeight: Math.round(TAG_FONT_SIZE * 1.3),
  charWidth: TAG_FONT_SIZE * 0.7,
  tagPadding: 3.5,
  gap: 2,
  pointRadius: 3,
  ringStep: 11,
  rings: 24,
};

/** Whether two boxes overlap, with `gap` kept between them. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether the segment from `p` to `q` passes through the box (Liang–Barsky clipping). */
export function segmentCrosses([px, py]: [number, number], [qx, qy]: [number, number], box: Box): boolean {
  const [dx, dy] = [qx - px, qy - py];
  let [t0, t1] = [0, 1];
  const edges: [number, number][] = [
    [-dx, px - box.x],
    [dx, box.x + box.width - px],
    [-dy, py - box.y],
    [dy, box.y + box.height - py],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
  }
  return t0 < t1;
}

/** The box of a symbol of `radius` at a point. */
function symbolBox(x: number, y: number, radius: number): Box {
  return { x: x - radius, y: y - radius, width: 2 * radius, height: 2 * radius };
}

/** The point of `box` nearest to `[x, y]`: where a leader line meets its tag. */
function nearestPoint(box: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, box.x), box.x + box.width), Math.min(Math.max(y, box.y), box.y + box.height)];
}

/** Directions tried at each ring, clockwise from the upper right (where a map reader looks first). */
function directions(count: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => {
    const angle = -Math.PI / 4 + (2 * Math.PI * i) / count;
    return [Math.cos(angle), Math.sin(angle)];
  });
}

/**
 * Places the number of every anchor. The most crowded anchors go first, so that they take the free
 * room nearest to them; each tries rings of candidate tags around it, nearest first, and keeps the
 * first that collides with nothing. Returns the placed numbers and the ids of any that found no room.
 */
export function layoutNumbers(anchors: readonly NumberAnchor[], options: Pick<NumberLayoutOptions, 'width' | 'height'> & Partial<NumberLayoutOptions>): { placed: PlacedNumber[]; unplaced: string[] } {
  const o = { ...NUMBER_LAYOUT_DEFAULTS, obstacles: [], ...options };
  const radius = (a: NumberAnchor) => Math.max(a.radius, o.pointRadius);
  // Every anchor is kept clear, a point on a line too: a tag over it would hide where a leader starts.
  const symbols = anchors.map((a) => symbolBox(a.x, a.y, radius(a)));
  const crowd = (a: NumberAnchor) => anchors.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 4 * o.ringStep).length;
  const order = [...anchors].sort((a, b) => crowd(b) - crowd(a) || a.label.localeCompare(b.label, undefined, { numeric: true }));
  const placed: PlacedNumber[] = [];
  const unplaced: string[] = [];
  const inPage = (box: Box) => box.x >= o.gap && box.y >= o.gap && box.x + box.width <= o.width - o.gap && box.y + box.height <= o.height - o.gap;
  for (const anchor of order) {
    const [width, height] = [anchor.label.length * o.charWidth + 2 * o.tagPadding, o.tagHeight];
    let found: PlacedNumber | null = null;
    for (let ring = 0; ring <= o.rings && !found; ring += 1) {
      const distance = radius(anchor) + o.gap + ring * o.ringStep;
      for (const [cx, cy] of directions(ring === 0 ? 8 : 16)) {
        const centre: [number, number] = [anchor.x + cx * (distance + width / 2), anchor.y + cy * (distance + height / 2)];
        const box = { x: centre[0] - width / 2, y: centre[1] - height / 2, width, height };
        if (!inPage(box)) continue;
        if (symbols.some((s) => overlaps(box, s, o.gap)) || o.obstacles.some((b) => overlaps(box, b, o.gap))) continue;
        if (placed.some((p) => overlaps(box, p.box, o.gap) || (p.leader && segmentCrosses(p.leader.from, p.leader.to, box)))) continue;
        // A point on a line always gets a leader: beside a bundle of lines, a tag alone would not say which.
        const leader = ring === 0 && anchor.radius > 0 ? null : { from: [anchor.x, anchor.y] as [number, number], to: nearestPoint(box, anchor.x, anchor.y) };
        if (leader && placed.some((p) => segmentCrosses(leader.from, leader.to, p.box))) continue;
        found = { id: anchor.id, label: anchor.label, box, leader };
        break;
      }
    }
    if (found) placed.push(found);
    else unplaced.push(anchor.id);
  }
  return { placed, unplaced };
}
