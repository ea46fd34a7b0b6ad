import { useEffect, useRef } from 'react';
import { FLOW_LABELS, LAYER_LABELS } from '../story/layers.ts';
import { FLOW_KINDS } from '../story/schema.ts';
import { createPlaceSymbol, FLOW_STYLES, PLACE_SYMBOLS, UNCERTAIN_FLOW } from './symbols.ts';

function PlaceSwatch({ layer }: { layer: keyof typeof PLACE_SYMBOLS }) {
  const holder = useRef<HTMLSpanElement>(null);
  useEffect(
    function drawSymbol() {
      const svg = createPlaceSymbol(layer, 22);
      holder.current?.append(svg);
      return function removeSymbol() {
        svg.remove();
      };
    },
    [layer],
  );
  return <span ref={holder} className="swatch" />;
}

function LineSwatch({ color, dashArray, opacity = 1 }: { color: string; dashArray: string | undefined; opacity?: number }) {
  return (
    <svg className="swatch" width="40" height="14" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
      <line x1="2" y1="7" x2="30" y2="7" stroke={color} strokeWidth="3" strokeDasharray={dashArray} strokeLinecap="round" opacity={opacity} />
      <polygon points="28,1 39,7 28,13 31,7" fill={color} opacity={opacity} />
    </svg>
  );
}

/** What each shape and line style means; attack symbols grow with the toll. */
export function Legend() {
  const places = Object.keys(PLACE_SYMBOLS) as (keyof typeof PLACE_SYMBOLS)[];
  return (
    <div className="legend">
      <ul aria-label="Symbols">
        {places.map((layer) => (
          <li key={layer}>
            <PlaceSwatch layer={layer} />
            <span>
              {LAYER_LABELS[layer].plural}
              {layer === 'attacks' && <span className="legend-hint">, sized by deaths</span>}
            </span>
          </li>
        ))}
        {FLOW_KINDS.map((kind) => (
          <li key={kind}>
            <LineSwatch color={FLOW_STYLES[kind].color} dashArray={FLOW_STYLES[kind].dashArray} />
            {FLOW_LABELS[kind]}
          </li>
        ))}
        <li>
          <LineSwatch color={FLOW_STYLES.travel.color} dashArray={UNCERTAIN_FLOW.dashArray} opacity={UNCERTAIN_FLOW.opacity} />
          “Perhaps”: uncertain
        </li>
      </ul>
    </div>
  );
}
