import { FLOW_LABELS } from '../story/layers.ts';
import { FLOW_KINDS } from '../story/kinds.ts';
import { LineSwatch } from './Swatches.tsx';
import { FLOW_STYLES, SYMBOL_SIZE, UNCERTAIN_FLOW } from './symbols.ts';

/** What each line style means, and how attack symbols are sized (place shapes sit by their layers). */
export function Legend() {
  return (
    <div className="legend">
      <ul aria-label="Line styles">
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
      <p className="legend-note">
        Attack symbols are sized by deaths, from {SYMBOL_SIZE.min} to {SYMBOL_SIZE.max} px, their area following the toll.
        Symbols that would overlap are moved apart, with a thin line to their true place.
      </p>
    </div>
  );
}
