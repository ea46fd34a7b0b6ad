/**
 * Cuts polygons that cross the antimeridian (180°) into pieces that each stay within -180..180, so
 * that Leaflet does not draw them as stripes across the whole world. Rings around a pole (Antarctica)
 * are closed along the pole first.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];

/** Whether any edge of the ring jumps more than half the world in longitude. */
export function crossesAntimeridian(ring: readonly Position[]): boolean {
  return ring.some((position, i) => i > 0 && Math.abs((position[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
}

/** The ring with longitudes made continuous (they may run past ±180), closed along a pole if needed. */
function unwrap(ring: readonly Position[]): Ring {
  const out: Ring = [];
  for (const [lon = 0, lat = 0] of ring) {
    const previous = out[out.length - 1]?.[0];
    let x = lon;
    if (previous !== undefined) {
      while (x - previous > 180) x -= 360;
      while (x - previous < -180) x += 360;
    }
    out.push([x, lat]);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && Math.abs((last[0] ?? 0) - (first[0] ?? 0)) > 180) {
    // The ring winds once around a pole: walk along the pole's latitude back to the start.
    const meanLat = out.reduce((sum, p) => sum + (p[1] ?? 0), 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], [first[0] ?? 0, first[1] ?? 0]);
  }
  return out;
}

/** Sutherland–Hodgman against one vertical line; `keep` says which side stays. */
function clipAt(ring: Ring, x: number, keep: 'west' | 'east'): Ring {
  const inside = (p: Position) => (keep === 'west' ? (p[0] ?? 0) <= x : (p[0] ?? 0) >= x);
  const cross = (a: Position, b: Position): Position => {
    const [ax = 0, ay = 0] = a;
    const [bx = 0, by = 0] = b;
    const t = (x - ax) / (bx - ax);
    return [x, ay + t * (by - ay)];
  };
  const open = ring.slice(0, -1);
  const out: Ring = [];
  open.forEach((current, i) => {
    const previous = open[(i - 1 + open.length) % open.length] ?? current;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  });
  const start = out[0];
  if (start) out.push([...start]);
  return out;
}

function area(ring: Ring): number {
  let sum = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    sum += (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  });
  return sum / 2;
}

/** The ring cut into one piece per 360° band it covers, each shifted back into -180..180. */
function splitRing(ring: readonly Position[]): Map<number, Ring> {
  const unwrapped = unwrap(ring);
  const lons = unwrapped.map((p) => p[0] ?? 0);
  const firstBand = Math.floor((Math.min(...lons) + 180) / 360);
  const lastBand = Math.floor((Math.max(...lons) + 180) / 360);
  const pieces = new Map<number, Ring>();
  for (let band = firstBand; band <= lastBand; band += 1) {
    const west = -180 + 360 * band;
    const piece = clipAt(clipAt(unwrapped, west, 'east'), west + 360, 'west');
    if (piece.length >= 4 && Math.abs(area(piece)) > 1e-9) {
      pieces.set(band, piece.map(([lon = 0, lat = 0]) => [lon - 360 * band, lat]));
    }
  }
  return pieces;
}

/** A polygon's rings cut at the antimeridian: the pieces of its outer ring, holes kept with their piece. */
export function splitPolygon(rings: readonly Position[][]): Position[][][] {
  const [outer, ...holes] = rings;
  if (!outer) return [];
  if (!rings.some(crossesAntimeridian)) return [rings.map((ring) => [...ring])];
  const polygons = new Map<number, Position[][]>();
  for (const [band, piece] of splitRing(outer)) polygons.set(band, [piece]);
  for (const hole of holes) {
    for (const [band, piece] of splitRing(hole)) polygons.get(band)?.push(piece);
  }
  return [...polygons.values()];
}

/** A polygon or multipolygon with every part cut at the antimeridian. */
export function cutAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some((polygon) => polygon.some(crossesAntimeridian))) return geometry;
  return { type: 'MultiPolygon', coordinates: polygons.flatMap(splitPolygon) };
}
