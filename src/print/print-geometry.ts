/**
 * What the printed map draws of a feature, on the page: a place's point, a flow's lines (two-point
 * lines as arcs, as on the screen map), and where each one's number is anchored. Pure.
 */
import type { StoryFeature } from '../story/schema.ts';
import type { PagePoint } from './print-projection.ts';

/** Every position of a feature, `[lon, lat]`. */
export function featurePositions({ geometry }: StoryFeature): number[][] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
  }
}

/** Where a place's symbol stands: its point, or a polygon's mean vertex. */
export function placePosition(feature: StoryFeature): number[] {
  const positions = feature.geometry.type === 'Polygon' ? (feature.geometry.coordinates[0] ?? []) : featurePositions(feature);
  let [lonSum, latSum] = [0, 0];
  for (const [lon = 0, lat = 0] of positions) [lonSum, latSum] = [lonSum + lon, latSum + lat];
  const count = Math.max(positions.length, 1);
  return [lonSum / count, latSum / count];
}

/** A flow's lines, `[lon, lat]` each. */
export function flowLines({ geometry }: StoryFeature): number[][][] {
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

/** How far an arc bows out from its chord, as a share of the chord's length. */
const BOW = 0.2;

/** A line on the page as SVG path data, a two-point line bowed into an arc (to the left of its way), and the midpoint where its number is anchored. */
export function linePath(points: readonly PagePoint[]): { data: string; middle: PagePoint } {
  const [first, second] = points;
  if (!first || !second) return { data: '', middle: first ?? [0, 0] };
  if (points.length === 2) {
    const [dx, dy] = [second[0] - first[0], second[1] - first[1]];
    const control: PagePoint = [(first[0] + second[0]) / 2 + dy * BOW, (first[1] + second[1]) / 2 - dx * BOW];
    // The point of a quadratic curve at t = 1/2.
    const middle: PagePoint = [(first[0] + 2 * control[0] + second[0]) / 4, (first[1] + 2 * control[1] + second[1]) / 4];
    return { data: `M${first[0]},${first[1]}Q${control[0]},${control[1]} ${second[0]},${second[1]}`, middle };
  }
  const middle = points[Math.floor(points.length / 2)] ?? first;
  return { data: points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join(''), middle };
}
