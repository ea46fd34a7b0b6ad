/**
 * Adds a place the drafter did not find (a name it could not place, a site it put at its city): by a
 * search of the gazetteer, the keyboard's way, beside the map's "Add a place on the map".
 */
import type { Dispatch } from 'react';
import type { DraftAction } from './draft-reducer.ts';
import { GazetteerSearch } from './GazetteerSearch.tsx';

/** The search that adds a place of the gazetteer to the draft, accepted and chosen. */
export function AddPlace({ dispatch, onStatus }: { dispatch: Dispatch<DraftAction>; onStatus: (message: string) => void }) {
  return (
    <section className="draft-list" aria-labelledby="draft-add-title">
      <h3 id="draft-add-title">Add a place</h3>
      <GazetteerSearch
        label="Add a place named"
        action={(described) => `Add ${described}`}
        onChoose={(candidate) => {
          dispatch({ type: 'add-place', coordinates: [candidate.lon, candidate.lat], name: candidate.name, source: candidate.source, precision: candidate.kind });
          onStatus(`Added ${candidate.name}: link the sentences that speak of it.`);
        }}
      />
    </section>
  );
}
