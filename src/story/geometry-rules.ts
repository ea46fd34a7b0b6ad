/**
 * The RFC 7946 rules a schema cannot express: coordinate ranges, line lengths, closed rings, and which
 * geometries a layer may hold. Each rule returns messages rather than throwing, so that a validator can
 * list every problem at once.
 */
import type { Geometry, LayerId, Position } from './schema.ts';

/** Which geometry types each kind of layer may hold. */
const LAYER_GEOMETRIES: Record<'places' | 'flows', readonly Geometry['type'][]> = {
  places: ['Point', 'Polygon'],
  flows: ['LineString', 'MultiLineString'],
};

function inRange(value: number, limit: number): boolean {
  return Number.isFinite(value) && value >= -limit && value <= limit;
}

/** Problems with one `[longitude, latitude]` position, or none. */
export function positionProblems(position: Position, where: string): string[] {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  const problems: string[] = [];
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
    return [`${where}: [${position.map(String).join(', ')}] is not a pair of finite numbers`];
  }
  const swapped = inRange(lon, 90) && inRange(lat, 180);
  const hint = swapped ? ' (are longitude and latitude swapped? GeoJSON is [longitude, latitude])' : '';
  if (!inRange(lon, 180)) problems.push(`${where}: longitude ${lon} is outside -180..180${hint}`);
  if (!inRange(lat, 90)) problems.push(`${where}: latitude ${lat} is outside -90..90${hint}`);
  return problems;
}

function lineProblems(line: Position[], where: string): string[] {
  const problems = line.flatMap((position, i) => positionProblems(position, `${where}[${i}]`));
  const distinct = new Set(line.map((position) => position.join(','))).size;
  if (line.length < 2 || distinct < 2) {
    problems.push(`${where}: a line needs at least two different positions (it has ${distinct})`);
  }
  return problems;
}

function ringProblems(ring: Position[], where: string): string[] {
  const problems = ring.flatMap((position, i) => positionProblems(position, `${where}[${i}]`));
  if (ring.length < 4) problems.push(`${where}: a polygon ring needs at least four positions (it has ${ring.length})`);
  const first = ring[0]?.join(',');
  const last = ring[ring.length - 1]?.join(',');
  if (ring.length > 0 && first !== last) {
    problems.push(`${where}: the polygon ring is not closed (its last position must repeat its first)`);
  }
  return problems;
}

/** Every RFC 7946 problem of a geometry in the given layer, each prefixed with where it is. */
export function geometryProblems(geometry: Geometry, layer: LayerId): string[] {
  const allowed = LAYER_GEOMETRIES[layer === 'flows' ? 'flows' : 'places'];
  const problems = allowed.includes(geometry.type)
    ? []
    : [`geometry.type: the ${layer} layer holds ${allowed.join(' or ')} geometries, not ${geometry.type}`];
  const where = 'geometry.coordinates';
  switch (geometry.type) {
    case 'Point':
      return [...problems, ...positionProblems(geometry.coordinates, where)];
    case 'LineString':
      return [...problems, ...lineProblems(geometry.coordinates, where)];
    case 'MultiLineString':
      if (geometry.coordinates.length === 0) problems.push(`${where}: a MultiLineString needs at least one line`);
      return [...problems, ...geometry.coordinates.flatMap((line, i) => lineProblems(line, `${where}[${i}]`))];
    case 'Polygon':
      if (geometry.coordinates.length === 0) problems.push(`${where}: a Polygon needs at least one ring`);
      return [...problems, ...geometry.coordinates.flatMap((ring, i) => ringProblems(ring, `${where}[${i}]`))];
  }
}
