/**
 * Where a place is: its coordinates, the other places its name may be (an ambiguous name), and a
 * search of the gazetteer to move it. Dragging its marker on the map moves it too.
 */
import type { Dispatch } from 'react';
import type { DraftPlace } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import { GazetteerSearch } from './GazetteerSearch.tsx';
import { describeCandidate, formatCoordinates } from './place-text.ts';

/** The place's whereabouts, and the ways to change them without the mouse. */
export function PlaceWhere({ place, dispatch }: { place: DraftPlace; dispatch: Dispatch<DraftAction> }) {
  const { id, name, coordinates, candidates, source } = place;
  const chosen = candidates.findIndex((candidate) => candidate.source === source);
  return (
    <div className="place-where">
      <p>
        At {formatCoordinates(coordinates)}. <span className="story-help">Source: {source}</span>
      </p>
      {candidates.length > 1 && (
        <fieldset className="candidate-choice">
          <legend>{candidates.length} places are named {name}: which one?</legend>
          {place.reason && <p className="story-help">The drafter chose by what the article says: {place.reason}.</p>}
          {candidates.map((candidate, index) => (
            <label key={candidate.source}>
              <input type="radio" name={`candidates-${id}`} checked={index === chosen} onChange={() => dispatch({ type: 'choose-candidate', id, index })} />
              {describeCandidate(candidate)}
            </label>
          ))}
        </fieldset>
      )}
      <GazetteerSearch
        label={`Move ${name} to a place named`}
        action={(described) => `Move here: ${described}`}
        onChoose={(candidate) => dispatch({ type: 'move', id, coordinates: [candidate.lon, candidate.lat], source: candidate.source })}
      />
    </div>
  );
}
