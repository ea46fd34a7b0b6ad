/**
 * The chosen place or flow, to edit: its fields, where it is, the sentences it quotes and, for a place,
 * a flow to draw from it. Problems the validator finds with it are listed at the top and under each
 * field they concern.
 */
import { useEffect, useRef, type Dispatch } from 'react';
import { FLOW_KINDS, LAYER_IDS, PRECISIONS } from '../story/kinds.ts';
import type { DraftItem, DraftState } from './draft-model.ts';
import type { DraftAction, DraftField } from './draft-reducer.ts';
import { DraftInput, fieldProblems, problemsBeside } from './DraftInput.tsx';
import { FlowForm } from './FlowForm.tsx';
import { PlaceWhere } from './PlaceWhere.tsx';
import { ProblemList } from './ProblemList.tsx';
import { SentenceLinker } from './SentenceLinker.tsx';
import { draftWords } from './StoryWordsForm.tsx';

/** What the editor edits and whom it tells. */
export interface ItemEditorProps {
  item: DraftItem;
  state: DraftState;
  problems: readonly string[];
  dispatch: Dispatch<DraftAction>;
}

const STATUS_SAYS = { proposed: 'Proposed: accept it to put it in the story.', accepted: 'Accepted: it is in the story.', dropped: 'Dropped: it is left out of the story.' };

const PLACE_LAYERS = LAYER_IDS.filter((layer) => layer !== 'flows');
const PLACE_FIELDS: (DraftField | 'passage')[] = ['passage', 'name', 'label', 'layer', 'precision', 'date', 'endDate', 'deaths', 'note'];
const FLOW_FIELDS: (DraftField | 'passage')[] = ['passage', 'name', 'flow', 'date', 'endDate'];

/** The form of one place or flow. */
export function ItemEditor({ item, state, problems, dispatch }: ItemEditorProps) {
  const fields = { itemId: item.id, problems, dispatch };
  const { layerChoices, flowChoices } = draftWords(state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(function takeTheFocusLeftBehind() {
    // A flow just drawn, or a place just added, replaces the form that had the focus: the new form takes it.
    if (document.activeElement === document.body) headingRef.current?.focus();
  }, []);
  const elsewhere = problems.filter((problem) => !(item.kind === 'place' ? PLACE_FIELDS : FLOW_FIELDS).some((field) => fieldProblems([problem], field).length > 0));
  return (
    <section className="item-editor" aria-labelledby="item-editor-title">
      <h3 id="item-editor-title" ref={headingRef} tabIndex={-1}>
        {item.kind === 'place' ? 'Place' : 'Flow'}: {item.name}
      </h3>
      {item.kind === 'place' && (
        <p className="story-help">
          {STATUS_SAYS[item.status]}{' '}
          <button type="button" className="text-button" onClick={() => dispatch({ type: item.status === 'accepted' ? 'drop' : 'accept', id: item.id })}>
            {item.status === 'accepted' ? 'Drop' : 'Accept'} {item.name}
          </button>
        </p>
      )}
      <ProblemList problems={elsewhere} />
      <div className="item-fields">
        <DraftInput {...fields} field="name" label="Name" value={item.name} />
        {item.kind === 'place' ? (
          <>
            <DraftInput {...fields} field="label" label="Label on the map" value={item.label} />
            <DraftInput {...fields} field="layer" label="Layer" value={item.layer} options={PLACE_LAYERS} optionLabels={layerChoices} />
            <DraftInput {...fields} field="precision" label="Precision" value={item.precision} options={PRECISIONS} />
            <DraftInput {...fields} field="date" label="Date" value={item.date ?? ''} placeholder="YYYY-MM-DD" />
            <DraftInput {...fields} field="endDate" label="End date" value={item.endDate ?? ''} placeholder="YYYY-MM-DD" />
            {/* A toll is an event's (the layer drawn by its size), not every place's. */}
            {(item.layer === 'attacks' || item.deaths !== undefined) && (
              <DraftInput {...fields} field="deaths" label="Toll (deaths on record), if any" value={item.deaths === undefined ? '' : String(item.deaths)} type="number" />
            )}
            <DraftInput {...fields} field="note" label="Note (how it was placed, where the record differs)" value={item.note ?? ''} wide />
          </>
        ) : (
          <>
            <DraftInput {...fields} field="flow" label="Kind" value={item.flow} options={FLOW_KINDS} optionLabels={flowChoices} />
            <DraftInput {...fields} field="date" label="Date" value={item.date} placeholder="YYYY-MM-DD" />
            <DraftInput {...fields} field="endDate" label="End date" value={item.endDate ?? ''} placeholder="YYYY-MM-DD" />
          </>
        )}
      </div>
      {item.kind === 'place' ? (
        <>
          <PlaceWhere place={item} dispatch={dispatch} />
          <FlowForm from={item} places={state.places} kindNames={flowChoices} dispatch={dispatch} />
        </>
      ) : (
        <button type="button" className="text-button" onClick={() => dispatch({ type: 'remove-flow', id: item.id })}>
          Remove this flow
        </button>
      )}
      <SentenceLinker item={item} sentences={state.sentences} problems={problemsBeside(problems, 'passage')} dispatch={dispatch} />
    </section>
  );
}
