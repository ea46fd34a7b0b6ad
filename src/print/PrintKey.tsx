/**
 * The key beside a printed map: each kind of place and line on it, named, and what the numbers in the tags
 * are.
 */
import { FLOW_KINDS } from '../story/kinds.ts';
import { useStoryWords } from '../ui/story-words.ts';
import type { StoryFeature } from '../story/schema.ts';
import { LineSwatch, PlaceSwatch } from '../ui/Swatches.tsx';
import { FLOW_STYLES, UNCERTAIN_FLOW } from '../ui/symbols.ts';

const PLACE_LAYERS = ['attacks', 'strongholds', 'networks', 'context'] as const;

/**
 * The printed map's key: the symbol of each kind of place and the style of each kind of line that the
 * map draws (`features`, those on it), each named; a line the article hedges has its own style; and
 * what the numbers in their tags are.
 */
export function PrintKey({ features }: { features: readonly StoryFeature[] }) {
  const words = useStoryWords();
  const layers = new Set(features.map((f) => f.properties.layer));
  const flows = features.filter((f) => f.properties.layer === 'flows');
  const kinds = new Set(flows.filter((f) => !f.properties.uncertain).map((f) => f.properties.flow ?? 'travel'));
  const hedged = flows.some((f) => f.properties.uncertain);
  return (
    <ul className="print-key" aria-label="Key">
      {PLACE_LAYERS.filter((layer) => layers.has(layer)).map((layer) => (
        <li key={layer} className="print-key-item">
          <PlaceSwatch layer={layer} small />
          {words.layers[layer].plural}
        </li>
      ))}
      {FLOW_KINDS.filter((kind) => kinds.has(kind)).map((kind) => (
        <li key={kind} className="print-key-item">
          <LineSwatch color={FLOW_STYLES[kind].color} dashArray={FLOW_STYLES[kind].dashArray} />
          {words.flows[kind]}
        </li>
      ))}
      {hedged && (
        <li className="print-key-item">
          <LineSwatch color={FLOW_STYLES.travel.color} dashArray={UNCERTAIN_FLOW.dashArray} opacity={UNCERTAIN_FLOW.opacity} />
          “Perhaps”: uncertain
        </li>
      )}
      <li className="print-key-item">
        <span className="print-key-number" aria-hidden="true">
          12
        </span>
        A place’s or a line’s number in the list
      </li>
    </ul>
  );
}
