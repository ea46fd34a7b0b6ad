/**
 * The chosen place or flow, to edit: its fields, where it is, the sentences it quotes and, for a place,
 * a flow to draw from it. Problems the validator finds with it are listed at the top and under each
 * field they concern.
 */
import type { Dispatch } from 'react';
import { FLOW_KINDS, LAYER_IDS, PRECISIONS } from '../story/kinds.ts';
import type { DraftItem, DraftState } from './draft-model.ts';
import type { DraftAction, DraftField } from './draft-reducer.ts';
import { DraftInput, fieldProblems } from './DraftInput.tsx';
import { FlowForm } from './FlowForm.tsx';
import { PlaceWhere } from './PlaceWhere.tsx';
import { ProblemList } from './ProblemList.tsx';
import { SentenceLinker } from './SentenceLinker.tsx';

/** What the editor edits and whom it tells. */
export interface ItemEditorProps {
  item: DraftItem;
  state: DraftState;
  problems: readonly string[];
  dispatch: Dispatch<DraftAction>;
}

const PLACE_LAYERS = LAYER_IDS.filter((layer) => layer !== 'flows');
const PLACE_FIELDS: (DraftField | 'passage')[] = ['passage', 'name', 'label', 'layer', 'precision', 'date', 'deaths'];
const FLOW_FIELDS: (DraftField | 'passage')[] = ['passage', 'name', 'flow', 'date', 'endDate'];

/** The form of one place or flow. */
export function ItemEditor({ item, state, problems, dispatch }: ItemEditorProps) {
  const fields = { itemId: item.id, problems, dispatch };
  const elsewhere = problems.filter((problem) => !(item.kind === 'place' ? PLACE_FIELDS : FLOW_FIELDS).some((field) => fieldProblems([problem], field).length > 0));
  return (
    <section className="item-editor" aria-labelledby="item-editor-title">
      <h3 id="item-editor-title">
        {item.kind === 'place' ? 'Place' : 'Flow'}: {item.name}
      </h3>
      {item.kind === 'place' && item.status !== 'accepted' && (
        <p className="story-help">
          {item.status === 'dropped' ? 'Dropped: it is left out of the story.' : 'Proposed: accept it to put it in the story.'}{' '}
          <button type="button" className="text-button" onClick={() => dispatch({ type: 'accept', id: item.id })}>
            Accept {item.name}
          </button>
        </p>
      )}
      <ProblemList problems={elsewhere} />
      <div className="item-fields">
        <DraftInput {...fields} field="name" label="Name" value={item.name} />
        {item.kind === 'place' ? (
          <>
            <DraftInput {...fields} field="label" label="Label on the map" value={item.label} />
            <DraftInput {...fields} field="layer" label="Layer" value={item.layer} options={PLACE_LAYERS} />
            <DraftInput {...fields} field="precision" label="Precision" value={item.precision} options={PRECISIONS} />
            <DraftInput {...fields} field="date" label="Date" value={item.date ?? ''} placeholder="YYYY-MM-DD" />
            <DraftInput {...fields} field="deaths" label="Toll (deaths on record)" value={item.deaths === undefined ? '' : String(item.deaths)} type="number" />
          </>
        ) : (
          <>
            <DraftInput {...fields} field="flow" label="Kind" value={item.flow} options={FLOW_KINDS} />
            <DraftInput {...fields} field="date" label="Date" value={item.date} placeholder="YYYY-MM-DD" />
            <DraftInput {...fields} field="endDate" label="End date" value={item.endDate ?? ''} placeholder="YYYY-MM-DD" />
          </>
        )}
      </div>
      {item.kind === 'place' ? (
        <>
          <PlaceWhere place={item} dispatch={dispatch} />
          <FlowForm from={item} places={state.places} dispatch={dispatch} />
        </>
      ) : (
        <button type="button" className="text-button" onClick={() => dispatch({ type: 'remove-flow', id: item.id })}>
          Remove this flow
        </button>
      )}
      <SentenceLinker item={item} sentences={state.sentences} problems={fieldProblems(problems, 'passage')} dispatch={dispatch} />
    </section>
  );
}
