/**
 * Which drawn lines a click hits: every line whose band (the click target around it) holds the
 * point, nearest first. A click on lines that cross or run close together can then offer a choice
 * rather than open whichever happens to be drawn on top. Points are screen pixels `[x, y]`.
 */

/** A screen point, `[x, y]` in pixels. */
export type ScreenPoint = readonly [number, number];

/** The distance in pixels from a point to a segment. */
function toSegment([px, py]: ScreenPoint, [ax, ay]: ScreenPoint, [bx, by]: ScreenPoint): number {
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The distance in pixels from a point to the nearest of some polylines. */
export function distanceToLines(point: ScreenPoint, lines: readonly (readonly ScreenPoint[])[]): number {
  let nearest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) nearest = Math.min(nearest, toSegment(point, line[i - 1] as ScreenPoint, line[i] as ScreenPoint));
    if (line.length === 1 && line[0]) nearest = Math.min(nearest, toSegment(point, line[0], line[0]));
  }
  return nearest;
}

/** A line hit by a click, and how far from the click it runs, in pixels. */
export interface LineHit {
  id: string;
  distance: number;
}

/** The features whose lines pass within `tolerance` pixels of the point, nearest first. */
export function linesHit(point: ScreenPoint, features: readonly { id: string; lines: readonly (readonly ScreenPoint[])[] }[], tolerance: number): LineHit[] {
  return features
    .map(({ id, lines }) => ({ id, distance: distanceToLines(point, lines) }))
    .filter(({ distance }) => distance <= tolerance)
    .sort((a, b) => a.distance - b.distance);
}

/**
 * The lines a click means, of those it hit: the one whose drawn stroke it landed on (within
 * `stroke` pixels) when no other stroke is under it too; otherwise every line hit, to choose from.
 */
export function linesMeant(hits: readonly LineHit[], stroke: number): string[] {
  const [nearest, next] = hits;
  if (nearest && nearest.distance <= stroke && (!next || next.distance > stroke)) return [nearest.id];
  return hits.map((hit) => hit.id);
}
