/** One place for a flow's line style, used by the map's SVG lines and canvas lines alike. */
import type L from 'leaflet';
import type { FeatureProperties } from '../../story/schema.ts';
import { FLOW_STYLES, UNCERTAIN_FLOW } from '../../ui/symbols.ts';

/** How a flow's line is drawn: its kind's colour, dashes and width, fainter and finer dashed where the article hedges. */
export function flowStyle({ flow = 'travel', uncertain = false }: Pick<FeatureProperties, 'flow' | 'uncertain'>): L.PathOptions {
  const base = FLOW_STYLES[flow];
  return uncertain
    ? { color: base.color, weight: base.weight - 0.5, dashArray: UNCERTAIN_FLOW.dashArray, opacity: UNCERTAIN_FLOW.opacity, lineCap: 'round' }
    : { color: base.color, weight: base.weight, dashArray: base.dashArray, opacity: 0.95, lineCap: 'round' };
}
