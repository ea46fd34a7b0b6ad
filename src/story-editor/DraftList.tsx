/**
 * The draft's places and flows, as a list: each with its status, layer, coordinates, the sentences that
 * name it, its Accept and Drop buttons and the validator's problems with it.
 */
import type { Dispatch } from 'react';
import type { DraftState } from './draft-model.ts';
import type { DraftProblems } from './draft-problems.ts';
import type { DraftAction } from './draft-reducer.ts';
import { PlaceRow } from './PlaceRow.tsx';
import { draftWords } from './StoryWordsForm.tsx';
import { ProblemList } from './ProblemList.tsx';

/** What the list shows and whom it tells. */
export interface DraftListProps {
  state: DraftState;
  problems: DraftProblems;
  dispatch: Dispatch<DraftAction>;
}

/** The places (proposed, accepted and dropped), the flows, and the names found but not placed. */
export function DraftList({ state, problems, dispatch }: DraftListProps) {
  const count = (status: string) => state.places.filter((place) => place.status === status).length;
  const placeName = (id: string) => state.places.find((place) => place.id === id)?.name ?? id;
  const { layerChoices, words } = draftWords(state);
  return (
    <>
      <section className="draft-list" aria-labelledby="draft-places-title">
        <h3 id="draft-places-title" tabIndex={-1}>
          Places
        </h3>
        <p className="story-help">
          {count('accepted')} accepted, {count('proposed')} proposed, {count('dropped')} dropped. Only accepted places go into the story.
        </p>
        <button type="button" className="text-button" aria-disabled={count('proposed') === 0} onClick={() => dispatch({ type: 'accept-all' })}>
          Accept every proposed place
        </button>
        <ul className="draft-places">
          {state.places.map((place) => (
            <PlaceRow key={place.id} place={place} selected={place.id === state.selectedId} layerName={layerChoices[place.layer] ?? place.layer} problems={problems.byFeature.get(place.id) ?? []} dispatch={dispatch} />
          ))}
        </ul>
      </section>
      <section className="draft-list" aria-labelledby="draft-flows-title">
        <h3 id="draft-flows-title">Flows</h3>
        {state.flows.length === 0 && <p className="story-help">None yet: choose a place, then “Draw a flow from” it.</p>}
        <ul className="draft-places">
          {state.flows.map((flow) => (
            <li key={flow.id} className={flow.id === state.selectedId ? 'draft-place is-selected' : 'draft-place'}>
              <button type="button" className="draft-place-name" aria-current={flow.id === state.selectedId || undefined} onClick={() => dispatch({ type: 'select', id: flow.id })}>
                {flow.name}
              </button>
              <p className="draft-place-facts">
                {words.flows[flow.flow]}, from {placeName(flow.from)} to {placeName(flow.to)}
                {flow.date && `, ${flow.date}`}
              </p>
              <ProblemList problems={problems.byFeature.get(flow.id) ?? []} />
            </li>
          ))}
        </ul>
      </section>
      {state.unknown.length > 0 && (
        <section className="draft-list" aria-labelledby="draft-unknown-title">
          <h3 id="draft-unknown-title">Names with no place found</h3>
          <p className="story-help">Add any that belong on the map with “Add a place” below, or on the map.</p>
          <ul>
            {[...new Set(state.unknown.map((entry) => entry.name))].map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
