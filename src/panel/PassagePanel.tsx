/**
 * The panel over the map that opens when a place or a line is selected: its facts, the article's passage, and
 * the other places it speaks of.
 */
import { useRef, type Ref } from 'react';
import { formatDateRange, formatDeaths, stateHeading } from '../story/format.ts';
import { PRECISION_LABELS } from '../story/layers.ts';
import { useStoryWords } from '../ui/story-words.ts';
import { partsQuoted, type QuotablePart } from '../story/passages.ts';
import type { StoryFeature } from '../story/schema.ts';
import { FactNote } from '../ui/FactNote.tsx';
import { MarkedText } from './MarkedText.tsx';
import { partLabel } from './part-label.ts';
import { useFocusWhenShown } from '../ui/use-focus-when-shown.ts';

/** What the passage panel shows and whom it tells. */
export interface PassagePanelProps {
  feature: StoryFeature;
  parts: readonly QuotablePart[];
  /** The month the article was published (`YYYY-MM`), if known: a stronghold's state is as of then. */
  published?: string | undefined;
  /** Other features the chosen sentence speaks of. */
  related: readonly StoryFeature[];
  onSelect: (id: string) => void;
  onClose: () => void;
  onReadArticle: () => void;
  panelRef: Ref<HTMLElement>;
  readButtonRef: Ref<HTMLButtonElement>;
}

/**
 * The passage of the selected feature: its name, date, toll and note, and the article's paragraph in
 * a blockquote with the quoted sentences marked. Focus moves to its heading when a feature is chosen
 * (just after the frame that shows it).
 */
export function PassagePanel({ feature, parts, published, related, onSelect, onClose, onReadArticle, panelRef, readButtonRef }: PassagePanelProps) {
  const words = useStoryWords();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { name, layer, flow, date, endDate, datePrecision, deaths, state, precision, passage, note, source } = feature.properties;
  const when = formatDateRange(date, endDate, datePrecision);
  const toll = formatDeaths(deaths);
  const quoted = partsQuoted(parts, passage);

  useFocusWhenShown(headingRef, feature.id);

  return (
    <aside ref={panelRef} className="side-panel passage-panel" aria-labelledby="passage-label passage-title">
      <div className="panel-bar">
        <p id="passage-label" className="eyebrow">
          Passage · {flow ? words.flows[flow] : words.layers[layer].singular}
        </p>
        <button type="button" className="icon-button" aria-label="Close passage" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <h2 id="passage-title" ref={headingRef} tabIndex={-1}>
        {name}
      </h2>
      <dl className="facts">
        {when && (
          <div>
            <dt>Date</dt>
            <dd>{when}</dd>
          </div>
        )}
        {toll && (
          <div>
            <dt>Deaths on record</dt>
            <dd>{toll.record}</dd>
          </div>
        )}
        {toll?.article && (
          <div>
            <dt>In the article</dt>
            <dd>{toll.article}</dd>
          </div>
        )}
        {state && (
          <div>
            <dt>{stateHeading(published)}</dt>
            <dd>“{state}”</dd>
          </div>
        )}
        <div>
          <dt>Where</dt>
          <dd>{PRECISION_LABELS[precision]}</dd>
        </div>
      </dl>
      {quoted.map((part) => (
        <figure key={part.id} className="passage">
          <figcaption>{partLabel(part, parts)}</figcaption>
          <blockquote>
            <p>
              <MarkedText text={part.text} quotes={passage} />
            </p>
          </blockquote>
          {part.credit && <p className="credit">Photo: {part.credit}</p>}
        </figure>
      ))}
      {note && <FactNote text={note} />}
      {related.length > 0 && (
        <div className="related">
          <h3>This passage also speaks of</h3>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => onSelect(other.id)}>
                  {other.properties.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="source">
        <span className="source-label">Source: </span>
        {source}
      </p>
      <button type="button" ref={readButtonRef} className="text-button" onClick={onReadArticle}>
        Read in the article
      </button>
    </aside>
  );
}
