/**
 * Douglas–Peucker simplification of a line in degrees, then rounding: the basemap's rivers need
 * their shape at a country's scale, not every bend of Natural Earth 1:50m.
 */

type Point = [number, number];

/** Distance of `p` from the segment `a`–`b`, in degrees, longitude shrunk by the cosine of latitude. */
function distanceToSegment(p: Point, a: Point, b: Point): number {
  const k = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The line with every point dropped that lies within `tolerance` degrees of the simplified line. */
export function simplifyLine(line: readonly Point[], tolerance: number): Point[] {
  if (line.length < 3) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i += 1) {
      const d = distanceToSegment(line[i] as Point, line[first] as Point, line[last] as Point);
      if (d > distance) {
        farthest = i;
        distance = d;
      }
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** A position rounded to `decimals` places, which is all the JSON file then holds. */
export function roundPosition([lon, lat]: readonly number[], decimals: number): Point {
  const scale = 10 ** decimals;
  // `+ 0` turns a rounded -0 into 0.
  return [Math.round((lon ?? 0) * scale) / scale + 0, Math.round((lat ?? 0) * scale) / scale + 0];
}
