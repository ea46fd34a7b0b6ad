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

/** Index pairs (i < j) of symbols whose boxes, with the gap, overlap. */
function overlappingPairs(symbols: readonly PlaceGroup[], gap: number): [number, number][] {
  const reach = Math.max(1, ...symbols.map((s) => s.size)) + gap;
  const cells = new Map<string, number[]>();
  symbols.forEach((s, i) => {
    const key = `${Math.floor(s.x / reach)},${Math.floor(s.y / reach)}`;
    const cell = cells.get(key);
    if (cell) cell.push(i);
    else cells.set(key, [i]);
  });
  const pairs: [number, number][] = [];
  symbols.forEach((a, i) => {
    const cx = Math.floor(a.x / reach);
    const cy = Math.floor(a.y / reach);
    for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          const b = symbols[j];
          if (j <= i || !b) continue;
          const apart = (a.size + b.size) / 2 + gap;
          if (Math.abs(a.x - b.x) < apart && Math.abs(a.y - b.y) < apart) pairs.push([i, j]);
        }
      }
    }
  });
  return pairs;
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
    const pairs = overlappingPairs(symbols, gap);
    if (pairs.length === 0) break;
    const parent = symbols.map((_, i) => i);
    for (const [i, j] of pairs) {
      const [a, b] = [find(parent, i), find(parent, j)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
    const merged = new Map<number, string[]>();
    symbols.forEach((s, i) => {
      const root = find(parent, i);
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
