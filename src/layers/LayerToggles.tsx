/**
 * The layer switches inside the map's key (MapKey), where the reader chooses which kinds of place and line
 * the map shows.
 */
import { useStoryWords } from '../ui/story-words.ts';
import { LAYER_IDS, type LayerId } from '../story/kinds.ts';
import { LineSwatch, PlaceSwatch } from '../ui/Swatches.tsx';
import { FLOW_STYLES } from '../ui/symbols.ts';

/** A checkbox per layer the story has (`layers`), with its symbol and how many it shows, in the story's words ("11 attacks", not "11 features"); unchecking hides the layer. */
export function LayerToggles({ layers, counts, hiddenLayers, onChange }: {
  layers: ReadonlySet<LayerId>;
  counts: Readonly<Record<LayerId, number>>;
  hiddenLayers: readonly LayerId[];
  onChange: (layer: LayerId, visible: boolean) => void;
}) {
  const words = useStoryWords();
  return (
    <fieldset className="layer-toggles">
      <legend>Layers</legend>
      {LAYER_IDS.filter((layer) => layers.has(layer) || hiddenLayers.includes(layer)).map((layer) => (
        <label key={layer} className="layer-toggle">
          <input
            type="checkbox"
            checked={!hiddenLayers.includes(layer)}
            aria-describedby={`layer-count-${layer}`}
            onChange={(event) => onChange(layer, event.target.checked)}
          />
          {layer === 'flows' ? (
            <LineSwatch color={FLOW_STYLES.travel.color} dashArray={undefined} />
          ) : (
            <PlaceSwatch layer={layer} />
          )}
          <span className="layer-name">{words.layers[layer].plural}</span>
          <span id={`layer-count-${layer}`} className="layer-count">
            {counts[layer]} {counts[layer] === 1 ? words.layers[layer].singular.toLowerCase() : words.layers[layer].counted}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
