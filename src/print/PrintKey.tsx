import { LAYER_LABELS } from '../story/layers.ts';
import { PlaceSwatch } from '../ui/Swatches.tsx';

/** The printed map's key: the symbol of each kind of place, named (the flows are named in the list). */
export function PrintKey() {
  return (
    <p className="print-key">
      {(['attacks', 'strongholds', 'networks', 'context'] as const).map((layer) => (
        <span key={layer} className="print-key-item">
          <PlaceSwatch layer={layer} small />
          {LAYER_LABELS[layer].plural}
        </span>
      ))}
    </p>
  );
}
