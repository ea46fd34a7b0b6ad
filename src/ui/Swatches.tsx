/**
 * The small symbols that stand for a kind of place or of line in the places list, the layer checkboxes and
 * the keys.
 */
import type { FeatureProperties, LayerId } from '../story/schema.ts';
import { FLOW_STYLES, UNCERTAIN_FLOW } from './symbols.ts';

/** The map symbol of a kind of place, small, for lists and keys; decorative (see `installSymbolImages`). */
export function PlaceSwatch({ layer, small = false }: { layer: Exclude<LayerId, 'flows'>; small?: boolean }) {
  return (
    <span className="swatch" aria-hidden="true">
      <span className={`swatch-place symbol--${layer}${small ? ' swatch-place--small' : ''}`} />
    </span>
  );
}

/** A short line with an arrowhead in a flow's style; decorative. */
export function LineSwatch({ color, dashArray, opacity = 1 }: { color: string; dashArray: string | undefined; opacity?: number }) {
  return (
    <span className="swatch" aria-hidden="true">
      <svg width="40" height="14" viewBox="0 0 40 14" focusable="false">
        <line x1="2" y1="7" x2="30" y2="7" stroke={color} strokeWidth="3" strokeDasharray={dashArray} strokeLinecap="round" opacity={opacity} />
        <polygon points="28,1 39,7 28,13 31,7" fill={color} opacity={opacity} />
      </svg>
    </span>
  );
}

/** The swatch of one feature: its place symbol, or its flow's line style. */
export function FeatureSwatch({ properties }: { properties: FeatureProperties }) {
  const { layer, flow = 'travel', uncertain } = properties;
  if (layer !== 'flows') return <PlaceSwatch layer={layer} small />;
  const style = FLOW_STYLES[flow];
  return uncertain ? (
    <LineSwatch color={style.color} dashArray={UNCERTAIN_FLOW.dashArray} opacity={UNCERTAIN_FLOW.opacity} />
  ) : (
    <LineSwatch color={style.color} dashArray={style.dashArray} />
  );
}
