/**
 * Which place symbols are drawn as one group at a zoom: symbols whose boxes would overlap (with a
 * small gap) are merged into one group symbol at their centre, named by their city with a count
 * ("Paris · 3"), rather than moved off their places. So every symbol drawn alone is at its true
 * place, and a group is plain as a group. Worked out in world pixels at the zoom, never in screen
 * pixels, so that the same zoom always gives the same groups, whatever the pan. Pure; near neighbours
 * only are compared (a grid of cells as wide as the largest reach), so thousands of places stay quick.
 */

/** A place symbol at a zoom: where it is, in world pixels, and its size in pixels. */
export interface PlaceToGroup {
  id: string;
  x: number;
  y: number;
  size: number;
}

/** One symbol drawn: a single place (one id) or a group, at its centre, in world pixels. */
export interface PlaceGroup {
  ids: string[];
  x: number;
  y: number;
  size: number;
}

/** Options of `groupPlaces`. */
export interface GroupingOptions {
  /** Free pixels kept between two symbols. */
  gap: number;
  /** The size of a group's symbol, in pixels, or a function of its places' ids. */
  groupSize: number | ((ids: readonly string[]) => number);
  /** Rounds of merging at most: a merged group may come to overlap another. */
  rounds: number;
}

/** The size of a group's symbol, in pixels, unless told otherwise. */
export const GROUP_SIZE = 32;

/** Defaults of `groupPlaces`. */
export const GROUPING_DEFAULTS: GroupingOptions = { gap: 4, groupSize: GROUP_SIZE, rounds: 12 };

function find(parent: number[], i: number): number {
  let root = i;
  while (parent[root] !== root) root = parent[root] ?? root;
  while (parent[i] !== root) [parent[i], i] = [root, parent[i] ?? root];
  return root;
}

function overlap(a: PlaceGroup, b: PlaceGroup, gap: number): boolean {
  const apart = (a.size + b.size) / 2 + gap;
  return Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart;
}

/**
 * The symbols that overlap, joined: a root index per symbol (union-find), one root per set of symbols
 * linked by overlaps. Symbols in one grid cell as wide as the smallest two symbols' reach surely
 * overlap, so each cell is joined at once; two cells are joined at the first overlap found between
 * them. So tens of thousands of places crowded at a low zoom cost about as many steps, not their square.
 */
function overlapRoots(symbols: readonly PlaceGroup[], gap: number): number[] {
  const parent = symbols.map((_, i) => i);
  const sizes = symbols.reduce((range, s) => ({ min: Math.min(range.min, s.size), max: Math.max(range.max, s.size) }), { min: Infinity, max: 1 });
  const side = Math.max(1, sizes.min + gap);
  const reach = Math.ceil((sizes.max + gap) / side);
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
        joinFirstOverlap(symbols, members, others, gap, join);
      }
    }
  }
  return symbols.map((_, i) => find(parent, i));
}

function joinFirstOverlap(symbols: readonly PlaceGroup[], members: readonly number[], others: readonly number[], gap: number, join: (i: number, j: number) => void): void {
  for (const i of members) {
    const a = symbols[i];
    for (const j of others) {
      const b = symbols[j];
      if (a && b && overlap(a, b, gap)) {
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
  const { gap, groupSize, rounds } = { ...GROUPING_DEFAULTS, ...options };
  const order = new Map(places.map((p, i) => [p.id, i]));
  let symbols: PlaceGroup[] = places.map((p) => ({ ids: [p.id], x: p.x, y: p.y, size: p.size }));
  for (let round = 0; round < rounds; round += 1) {
    const roots = overlapRoots(symbols, gap);
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
      };
    });
  }
  return symbols.sort((a, b) => (order.get(a.ids[0] ?? '') ?? 0) - (order.get(b.ids[0] ?? '') ?? 0));
}

/**
 * The least zoom, in steps of `step` above `zoom`, at which a group of `places` (given at zoom 0, in
 * world pixels) opens: splits into more than one symbol, or, given `alone`, leaves that place standing
 * on its own. `maxZoom` where it never does (places on one spot). Like a marker cluster, a group opens
 * a level at a time, so the map keeps as much around it as it can.
 */
export function openingZoom(places: readonly PlaceToGroup[], zoom: number, maxZoom: number, step: number, alone?: string, options: Partial<GroupingOptions> = {}): number {
  for (let z = zoom + step; z < maxZoom; z += step) {
    const scale = 2 ** z;
    const symbols = groupPlaces(places.map((p) => ({ ...p, x: p.x * scale, y: p.y * scale })), options);
    const open = alone === undefined ? symbols.length > 1 : symbols.some((symbol) => symbol.ids.length === 1 && symbol.ids[0] === alone);
    if (open) return z;
  }
  return maxZoom;
}

/** A group's name: its places' cities, the most common first, with the count ("Paris · 3", "Brussels, Paris · 7"). */
export function groupName(cities: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const city of cities) counts.set(city, (counts.get(city) ?? 0) + 1);
  const named = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([city]) => city);
  const shown = named.length > 2 ? `${named.slice(0, 2).join(', ')} +${named.length - 2}` : named.join(', ');
  return `${shown} · ${cities.length}`;
}
