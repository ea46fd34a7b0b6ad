/**
 * The tour editor's file buttons (Export, Import, Reset to the article's tour) and the problems of an import
 * refused.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { Tour } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import type { EditorAction, EditorState } from './editor-state.ts';
import { describeTourProblems, downloadTour, readTourFile } from './tour-file.ts';

/** The name an exported tour file is given. */
const EXPORT_NAME = 'tour.json';

/** What the file tools act on and whom they tell. */
export interface TourFileToolsProps {
  story: Story;
  state: EditorState;
  /** The tour as presented (shown stops only): what Export writes. */
  presented: Tour | null;
  dispatch: Dispatch<EditorAction>;
  onStatus: (message: string) => void;
  /** After a reset: where focus goes, the Reset button being gone. */
  onReset: () => void;
}

/**
 * Export (the presented tour as a file like `geo/tour.json`), Import (a tour file, checked by the
 * story's validator; a refused file changes nothing and every problem is listed), and Reset to the
 * article's tour, asked twice.
 */
export function TourFileTools({ story, state, presented, dispatch, onStatus, onReset }: TourFileToolsProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const [askReset, setAskReset] = useState(false);
  const wasAsking = useRef(false);
  useEffect(
    function focusTheQuestionThenTheButton() {
      if (askReset) confirmRef.current?.focus();
      else if (wasAsking.current) resetRef.current?.focus();
      wasAsking.current = askReset;
    },
    [askReset],
  );

  async function importFile(file: File | undefined) {
    if (!file) return;
    const check = await readTourFile(file, story);
    dispatch({ type: 'import', file: file.name, check });
    onStatus(check.ok ? `Imported ${file.name}: ${check.tour.stops.length} stops. It is now your tour.` : '');
    if (inputRef.current) inputRef.current.value = '';
  }
  function reset() {
    dispatch({ type: 'reset' });
    setAskReset(false);
    onStatus('Back to the article’s tour.');
    onReset();
  }
  function exportFile() {
    if (!presented) return;
    downloadTour(presented, EXPORT_NAME);
    onStatus(`Exported your tour as ${EXPORT_NAME} (${presented.stops.length} stops; hidden stops are left out).`);
  }

  return (
    <>
      <div className="editor-tools">
        <button type="button" className="text-button" onClick={exportFile} disabled={!presented}>
          Export
        </button>
        <button type="button" className="text-button" onClick={() => inputRef.current?.click()}>
          Import
        </button>
        <input ref={inputRef} type="file" accept=".json,application/json" hidden onChange={(event) => void importFile(event.target.files?.[0])} />
        {askReset ? (
          <p className="editor-confirm">
            Discard your changes?{' '}
            <button ref={confirmRef} type="button" className="text-button" onClick={reset}>
              Reset
            </button>{' '}
            <button type="button" className="text-button" onClick={() => setAskReset(false)}>
              Keep them
            </button>
          </p>
        ) : (
          <button ref={resetRef} type="button" className="text-button" onClick={() => setAskReset(true)} disabled={state.teacher === null}>
            Reset to the article’s tour
          </button>
        )}
      </div>
      {state.refused && (
        <div className="editor-alert" role="alert">
          <p>
            <strong>{state.refused.file} was not imported: your tour is unchanged.</strong> {state.refused.problems.length === 1 ? 'One problem' : `${state.refused.problems.length} problems`}:
          </p>
          <ul>
            {describeTourProblems(state.refused.problems).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
