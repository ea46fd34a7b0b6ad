/**
 * How each layer and flow kind is named to a reader. Shapes and line styles live in `ui/symbols.ts`.
 */
import type { FlowKind, LayerId, Precision } from './schema.ts';

/**
 * A layer's name as a heading ("Attacks"), for one of its features ("Attack"), and as what a count
 * of its features is of ("3 attacks"; "2 places" for context, which is no countable noun).
 */
export const LAYER_LABELS: Record<LayerId, { plural: string; singular: string; counted: string }> = {
  attacks: { plural: 'Attacks', singular: 'Attack', counted: 'attacks' },
  strongholds: { plural: 'Strongholds', singular: 'Stronghold', counted: 'strongholds' },
  networks: { plural: 'Networks', singular: 'Network', counted: 'networks' },
  flows: { plural: 'Flows', singular: 'Flow', counted: 'flows' },
  context: { plural: 'Context', singular: 'Context', counted: 'places' },
};

/** What moves along each kind of flow. */
export const FLOW_LABELS: Record<FlowKind, string> = {
  travel: 'Attacker’s journey',
  funding: 'Funding, orders',
  recruitment: 'Recruits leaving',
  return: 'Fighters returning',
};

/** How exactly a point stands for its place, said to a reader. */
export const PRECISION_LABELS: Record<Precision, string> = {
  site: 'Placed at the site itself',
  district: 'Placed at the district, not an exact site',
  city: 'Placed at the city, not an exact site',
  region: 'Placed in the region, not an exact site',
  country: 'Placed at the country, not an exact site',
};
