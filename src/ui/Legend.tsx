/** The part of the map's key that explains the line styles and how place symbols are sized and grouped. */
import { useStoryWords } from './story-words.ts';
import type { FlowKind } from '../story/kinds.ts';
import { LineSwatch } from './Swatches.tsx';
import { FLOW_STYLES, UNCERTAIN_FLOW } from './symbols.ts';

/** What of the key a story needs: its kinds of line, whether any is uncertain, whether any place has a toll. */
export interface KeyNeeds {
  kinds: readonly FlowKind[];
  uncertain: boolean;
  tolls: boolean;
}

/** What each line style of the story means, and how its symbols are sized (place shapes sit by their layers). */
export function Legend({ needs: { kinds, uncertain, tolls } }: { needs: KeyNeeds }) {
  const words = useStoryWords();
  return (
    <div className="legend">
      {kinds.length > 0 && (
        <ul aria-label="Line styles">
          {kinds.map((kind) => (
            <li key={kind}>
              <LineSwatch color={FLOW_STYLES[kind].color} dashArray={FLOW_STYLES[kind].dashArray} />
              {words.flows[kind]}
            </li>
          ))}
          {uncertain && (
            <li>
              <LineSwatch color={FLOW_STYLES.travel.color} dashArray={UNCERTAIN_FLOW.dashArray} opacity={UNCERTAIN_FLOW.opacity} />
              “Perhaps”: uncertain
            </li>
          )}
        </ul>
      )}
      <p className="legend-note">
        {tolls && `${words.layers.attacks.singular} symbols are sized by deaths, their area following the toll. `}
        Zoomed out, every symbol is drawn smaller.
        A city’s places that would overlap are drawn as one white disc with their count, named by the city; zoomed
        in as far as the map goes, places that still overlap are fanned out, each on a thin line from its true place.
      </p>
    </div>
  );
}
