/**
 * How each layer and flow kind is named to a reader. Shapes and line styles live in `ui/symbols.ts`.
 */
import type { FlowKind, LayerId, Precision } from './schema.ts';

/** A layer's name as a heading ("Attacks") and for one of its features ("Attack"). */
export const LAYER_LABELS: Record<LayerId, { plural: string; singular: string }> = {
  attacks: { plural: 'Attacks', singular: 'Attack' },
  strongholds: { plural: 'Strongholds', singular: 'Stronghold' },
  networks: { plural: 'Networks', singular: 'Network' },
  flows: { plural: 'Flows', singular: 'Flow' },
  context: { plural: 'Context', singular: 'Context' },
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
