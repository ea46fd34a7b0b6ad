/**
 * The draft's state in the page: the reducer, started from the draft kept in the browser, and every
 * change kept there at once; discarding forgets it.
 */
import { useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import { EMPTY_DRAFT, type DraftState } from './draft-model.ts';
import { draftReducer, type DraftAction } from './draft-reducer.ts';
import { readDraft, writeDraft } from './draft-storage.ts';

/** The draft, how to change it, and why it cannot be kept, if it cannot. */
export interface DraftHandle {
  state: DraftState;
  dispatch: Dispatch<DraftAction>;
  storageProblem: string | undefined;
}

function openDraft(): { state: DraftState; problem: string | undefined } {
  const read = readDraft();
  return read.ok ? { state: read.draft ?? EMPTY_DRAFT, problem: undefined } : { state: EMPTY_DRAFT, problem: read.problem };
}

/** The draft kept in this browser, and each change kept as it is made. */
export function useDraft(): DraftHandle {
  const [opened] = useState(openDraft);
  const [state, dispatch] = useReducer(draftReducer, opened.state);
  const [storageProblem, setStorageProblem] = useState(opened.problem);
  const kept = useRef(opened.state);
  useEffect(
    function keepEachChange() {
      if (state === kept.current) return;
      kept.current = state;
      // An empty draft is a discarded one: forgotten, not kept.
      setStorageProblem(writeDraft(state === EMPTY_DRAFT ? null : state));
    },
    [state],
  );
  return { state, dispatch, storageProblem };
}
