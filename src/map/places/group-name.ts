/**
 * What a group of places is called on the map: by its city ("Paris · 3 attacks"), by the cities that
 * collide ("London and Manchester"), or by its places' labels where they have no city. Pure.
 */

/** What a group's name is made of: each of its places' city (if it has one), label and layer. */
export interface GroupMember {
  city: string | undefined;
  label: string;
  /** The layer's name for several of its places ("attacks"). */
  kind: string;
}

/** Names joined as a reader says them: "London", "London and Manchester", "Beirut, Damascus and Jerusalem". */
function spoken(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  if (names.length > 3) return `${names.slice(0, 2).join(', ')} and ${names.length - 2} more`;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** Keys of `counts`, the most counted first, then in alphabetical order. */
function mostFirst(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([name]) => name);
}

function countOf(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * A group's name: one city's sites are named by the city, with how many and of what kind ("Paris ·
 * 3 attacks", "Brussels · 5 places"); several cities' symbols that collide are named together
 * ("London and Manchester"). Places without a city (a story at scale) are named by their labels,
 * the most common two first ("Site 1, Site 2 +3 · 5").
 */
export function groupName(members: readonly GroupMember[]): string {
  const cities = members.map((m) => m.city);
  if (cities.every((city): city is string => city !== undefined)) {
    const named = mostFirst(countOf(cities));
    if (named.length > 1) return spoken(named);
    const kinds = new Set(members.map((m) => m.kind));
    return `${named[0] ?? ''} · ${members.length} ${kinds.size === 1 ? [...kinds][0] : 'places'}`;
  }
  const named = mostFirst(countOf(members.map((m) => m.city ?? m.label)));
  const shown = named.length > 2 ? `${named.slice(0, 2).join(', ')} +${named.length - 2}` : named.join(', ');
  return `${shown} · ${members.length}`;
}
