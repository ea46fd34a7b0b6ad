/**
 * Which place symbols are drawn as one group at a zoom, by meaning first: the sites of one city whose
 * symbols would overlap (with a small gap) are merged into one symbol at their centre, named by the
 * city ("Paris · 3 attacks"); two cities become one symbol only where their symbols truly collide
 * (their centres closer than `collide` of their sizes), and the group then names both ("London and
 * Manchester"). Places with no city (a generated story at scale) merge on any overlap. So every
 * symbol drawn alone is at its true place, and a group is plain as a group. Worked out in world
 * pixels at the zoom, never in screen pixels, so that the same zoom always gives the same groups,
 * whatever the pan. Pure; near neighbours only are compared (a grid of cells as wide as the largest
 * reach), so thousands of places stay quick.
 */

/** A place symbol at a zoom: where it is, in world pixels, and its size in pixels. */
export interface PlaceToGroup {
  id: string;
  x: number;
  y: number;
  size: number;
  /** The city (or region) the place belongs to; none for a place that stands for itself alone. */
  city?: string | undefined;
}

/** One symbol drawn: a single place (one id) or a group, at its centre, in world pixels. */
export interface PlaceGroup {
  ids: string[];
  x: number;
  y: number;
  size: number;
  /** The cities of its places, each once, in the order of their first place. */
  cities: string[];
}

/** Options of `groupPlaces`. */
export interface GroupingOptions {
  /** Free pixels kept between two symbols. */
  gap: number;
  /** The size of a group's symbol, in pixels, or a function of its places' ids. */
  groupSize: number | ((ids: readonly string[]) => number);
  /** Rounds of merging at most: a merged group may come to overlap another. */
  rounds: number;
  /**
   * Symbols of different cities merge only when their centres are closer, on both axes, than this
   * share of their mean size: they then hide each other, rather than merely touch.
   */
  collide: number;
}

/** The size of a group's symbol, in pixels, unless told otherwise. */
export const GROUP_SIZE = 32;

/** Defaults of `groupPlaces`. */
export const GROUPING_DEFAULTS: GroupingOptions = { gap: 4, groupSize: GROUP_SIZE, rounds: 12, collide: 0.5 };

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) [parent[i], i] = [root, parent[i] ?? root];
  return root;
}

/** The rule that joins two symbols: overlap with a gap within a city, a true collision across cities. */
interface JoinRule {
  gap: number;
  collide: number;
}

/** Whether two symbols stand for one city (or either for no city at all): then any overlap joins them. */
function sameCity(a: PlaceGroup, b: PlaceGroup): boolean {
  return a.cities.length === 0 || b.cities.length === 0 || a.cities.some((city) => b.cities.includes(city));
}

function joins(a: PlaceGroup, b: PlaceGroup, { gap, collide }: JoinRule): boolean {
  const apart = sameCity(a, b) ? (a.size + b.size) / 2 + gap : (collide * (a.size + b.size)) / 2;
  return Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart;
}

/**
 * The symbols that join, joined: a root index per symbol (union-find), one root per set of symbols
 * linked by the rule. Symbols in one grid cell as wide as the smallest two symbols' least reach surely
 * join, so each cell is joined at once; two cells are joined at the first join found between them.
 * So tens of thousands of places crowded at a low zoom cost about as many steps, not their square.
 */
function joinRoots(symbols: readonly PlaceGroup[], rule: JoinRule): number[] {
  const parent = symbols.map((_, i) => i);
  const sizes = symbols.reduce((range, s) => ({ min: Math.min(range.min, s.size), max: Math.max(range.max, s.size) }), { min: Infinity, max: 1 });
  const anyCity = symbols.some((s) => s.cities.length > 0);
  const side = Math.max(1, anyCity ? Math.min(rule.collide * sizes.min, sizes.min + rule.gap) : sizes.min + rule.gap);
  const reach = Math.ceil((sizes.max + rule.gap) / side);
  const cells = new Map<string, number[]>();
  symbols.forEach((s, i) => {
    const key = `${Math.floor(s.x / side)},${Math.floor(s.y / side)}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const join = (i: number, j: number) => {
    const [a, b] = [find(parent, i), find(parent, j)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (const members of cells.values()) for (const i of members.slice(1)) join(members[0] ?? i, i);
  for (const [key, members] of cells) {
    const [cx = 0, cy = 0] = key.split(',').map(Number);
    for (let dx = 0; dx <= reach; dx += 1) {
      for (let dy = -reach; dy <= reach; dy += 1) {
        // Each pair of cells once: those to the right, and those below in the same column.
        if (dx === 0 && dy <= 0) continue;
        const others = cells.get(`${cx + dx},${cy + dy}`);
        if (!others || find(parent, members[0] ?? 0) === find(parent, others[0] ?? 0)) continue;
        joinFirst(symbols, members, others, rule, join);
      }
    }
  }
  return symbols.map((_, i) => find(parent, i));
}

function joinFirst(symbols: readonly PlaceGroup[], members: readonly number[], others: readonly number[], rule: JoinRule, join: (i: number, j: number) => void): void {
  for (const i of members) {
    const a = symbols[i];
    for (const j of others) {
      const b = symbols[j];
      if (a && b && joins(a, b, rule)) {
        join(i, j);
        return;
      }
    }
  }
}

/**
 * The symbols to draw for `places` at one zoom: singles where a place stands clear, groups where
 * symbols would overlap. Groups list their ids in input order; the result is in the order of each
 * symbol's first place.
 */
export function groupPlaces(places: readonly PlaceToGroup[], options: Partial<GroupingOptions> = {}): PlaceGroup[] {
  const { gap, groupSize, rounds, collide } = { ...GROUPING_DEFAULTS, ...options };
  const order = new Map(places.map((p, i) => [p.id, i]));
  let symbols: PlaceGroup[] = places.map((p) => ({ ids: [p.id], x: p.x, y: p.y, size: p.size, cities: p.city === undefined ? [] : [p.city] }));
  for (let round = 0; round < rounds; round += 1) {
    const roots = joinRoots(symbols, { gap, collide });
    if (roots.every((root, i) => root === i)) break;
    const merged = new Map<number, string[]>();
    symbols.forEach((s, i) => {
      const root = roots[i] ?? i;
      const ids = merged.get(root);
      if (ids) ids.push(...s.ids);
      else merged.set(root, [...s.ids]);
    });
    symbols = [...merged.values()].map((ids) => {
      const members = ids.map((id) => places[order.get(id) ?? 0]).filter((p): p is PlaceToGroup => p !== undefined);
      const only = members.length === 1 ? members[0] : undefined;
      return {
        ids: ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
        x: members.reduce((sum, p) => sum + p.x, 0) / members.length,
        y: members.reduce((sum, p) => sum + p.y, 0) / members.length,
        size: only ? only.size : typeof groupSize === 'number' ? groupSize : groupSize(ids),
        cities: [...new Set(members.flatMap((p) => (p.city === undefined ? [] : [p.city])))],
      };
    });
  }
  return symbols.sort((a, b) => (order.get(a.ids[0] ?? '') ?? 0) - (order.get(b.ids[0] ?? '') ?? 0));
}

/** Where `openingZoom` looks, and what it looks for. */
export interface OpeningOptions {
  /** The closest zoom the camera goes to: a group still shut there opens at it. */
  maxZoom: number;
  /** The zoom's step (the map's zoomSnap). */
  step: number;
  /** Open only as far as this place stands on its own. */
  alone?: string | undefined;
  /** A place's size at a zoom (symbol-scale.ts: smaller at an overview); its own size by default. */
  sizeAt?: ((place: PlaceToGroup, zoom: number) => number) | undefined;
  /** A group's size at a zoom, in pixels (default: GROUP_SIZE at every zoom). */
  groupSizeAt?: ((ids: readonly string[], zoom: number) => number) | undefined;
  /** The grouping's other options, as the map groups. */
  grouping?: Partial<GroupingOptions> | undefined;
}

/**
 * The least zoom, in steps of `step` above `zoom`, at which a group of `places` (given at zoom 0, in
 * world pixels, at full size) opens: every place stands on its own, or, given `alone`, that place
 * does. `maxZoom` where it never does before (places on one spot). The group opens in one step, so
 * that its places are all named at once.
 */
export function openingZoom(places: readonly PlaceToGroup[], zoom: number, { maxZoom, step, alone, sizeAt = (p) => p.size, groupSizeAt = () => GROUP_SIZE, grouping = {} }: OpeningOptions): number {
  for (let z = zoom + step; z < maxZoom; z += step) {
    const scale = 2 ** z;
    const groupSize = (ids: readonly string[]) => groupSizeAt(ids, z);
    const symbols = groupPlaces(places.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale, size: sizeAt(p, z) })), { ...grouping, groupSize });
    const open = alone === undefined ? symbols.every((symbol) => symbol.ids.length === 1) : symbols.some((symbol) => symbol.ids.length === 1 && symbol.ids[0] === alone);
    if (open) return z;
  }
  return maxZoom;
}
