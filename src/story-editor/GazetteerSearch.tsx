/**
 * A search box over the gazetteer: type the start of a name, and the places it may be are listed as
 * buttons (to move a place there, or to add one). The gazetteer loads the first time it is searched.
 */
import { useEffect, useId, useState } from 'react';
import type { Candidate } from './draft-model.ts';
import { loadDrafter } from './drafter.ts';
import { describeCandidate } from './place-text.ts';

/** What the search box is for, in words, and whom it tells of the place chosen. */
export interface GazetteerSearchProps {
  /** The search box's label: "Move Brest to a place named". */
  label: string;
  /** A result's button's name, from the place's description: "Move here: Brest, FR (city)". */
  action: (described: string) => string;
  onChoose: (candidate: Candidate) => void;
}

/** The search box and its results. */
export function GazetteerSearch({ label, action, onChoose }: GazetteerSearchProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; places: Candidate[] } | { query: string; error: string } | null>(null);
  useEffect(
    function searchAsTyped() {
      let cancelled = false;
      if (query.trim().length < 2) return undefined;
      loadDrafter().then(
        (drafter) => {
          if (!cancelled) setFound({ query, places: drafter.search(query) });
        },
        () => {
          if (!cancelled) setFound({ query, error: 'The gazetteer could not be loaded.' });
        },
      );
      return function cancelSearch() {
        cancelled = true;
      };
    },
    [query],
  );
  const shown = found && found.query === query && query.trim().length >= 2 ? found : null;
  return (
    <div className="gazetteer-search">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={query} autoComplete="off" aria-describedby={`${id}-count`} onChange={(event) => setQuery(event.target.value)} />
      <p id={`${id}-count`} className="story-help" aria-live="polite">
        {shown === null ? 'Type two letters or more.' : 'error' in shown ? shown.error : `${shown.places.length} found.`}
      </p>
      {shown && 'places' in shown && shown.places.length > 0 && (
        <ul className="gazetteer-results">
          {shown.places.map((candidate) => (
            <li key={candidate.source}>
              <button type="button" className="text-button" onClick={() => onChoose(candidate)}>
                {action(describeCandidate(candidate))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
