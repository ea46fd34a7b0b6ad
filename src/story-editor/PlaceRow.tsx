/**
 * One place of the draft's list: its name (which opens it for editing), its status in words, its layer
 * and coordinates, the sentences that name it, Accept and Drop, and its problems.
 */
import type { Dispatch } from 'react';
import type { DraftPlace } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { formatCoordinates, STATUS_TEXT } from './place-text.ts';
import { ProblemList } from './ProblemList.tsx';

/** The sentences shown under a place in the list; the editor shows them all. */
const QUOTES_SHOWN = 2;

/** What one row shows and whom it tells. */
export interface PlaceRowProps {
  place: DraftPlace;
  selected: boolean;
  /** Its layer in the story's words ("Stations (red circles)"). */
  layerName: string;
  problems: readonly string[];
  dispatch: Dispatch<DraftAction>;
}

/** A place of the list. */
export function PlaceRow({ place, selected, layerName, problems, dispatch }: PlaceRowProps) {
  const { id, name, status, coordinates, passage, candidates } = place;
  const more = passage.length - QUOTES_SHOWN;
  return (
    <li className={`draft-place is-${status}${selected ? ' is-selected' : ''}`}>
      <div className="draft-place-head">
        <button type="button" className="draft-place-name" aria-current={selected || undefined} onClick={() => dispatch({ type: 'select', id })}>
          {name}
        </button>
        <span className="draft-status">{STATUS_TEXT[status]}</span>
      </div>
      <p className="draft-place-facts">
        {layerName} · {formatCoordinates(coordinates)}
        {candidates.length > 1 && ` · ${candidates.length} places have this name`}
      </p>
      {passage.length === 0 ? (
        <p className="draft-place-facts">No sentence linked yet.</p>
      ) : (
        <ul className="draft-quotes" aria-label={`Sentences naming ${name}`}>
          {passage.slice(0, QUOTES_SHOWN).map((quote) => (
            <li key={quote}>“{quote}”</li>
          ))}
          {more > 0 && <li>and {more} more</li>}
        </ul>
      )}
      {/* Marked, not disabled, when it is the place's status already: a disabled button would drop the focus. */}
      <div className="draft-place-buttons">
        <button type="button" className="text-button" aria-label={`Accept ${name}`} aria-disabled={status === 'accepted'} onClick={() => dispatch({ type: 'accept', id })}>
          Accept
        </button>
        <button type="button" className="text-button" aria-label={`Drop ${name}`} aria-disabled={status === 'dropped'} onClick={() => dispatch({ type: 'drop', id })}>
          Drop
        </button>
      </div>
      <ProblemList problems={problems} />
    </li>
  );
}
