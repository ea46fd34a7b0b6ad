/**
 * The tour editor's dialog, which brings together the file tools, the list of stops and the form for a new
 * stop.
 */
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { TourStop } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import { AddStop } from './AddStop.tsx';
import type { MapSelection } from './new-stop.ts';
import { editorReducer, openEditor } from './editor-state.ts';
import { EditableStopList } from './EditableStopList.tsx';
import { editorStops, presentedTour } from './teacher-tour.ts';
import { TourFileTools } from './TourFileTools.tsx';
import type { TeacherTourState } from './use-teacher-tour.ts';
import { useModalDialog } from '../ui/use-modal-dialog.ts';

/** What the editor edits and whom it tells. */
export interface TourEditorProps {
  story: Story;
  teacher: TeacherTourState;
  selection: MapSelection;
  onClose: () => void;
}

/**
 * The tour editor, a modal dialog (focus kept inside, Esc closes): the stops to reorder, hide and
 * edit, a file's export and import, reset, and a stop to add from the map view. Each change is kept
 * in the browser at once.
 */
export function TourEditor({ story, teacher, selection, onClose }: TourEditorProps) {
  const { dialogRef, headingRef, closeOnCancel } = useModalDialog(onClose);
  const [state, dispatch] = useReducer(editorReducer, null, () => openEditor(teacher.article, teacher.teacher));
  const [status, setStatus] = useState('');
  const { save } = teacher;
  const presented = state.teacher ? presentedTour(state.teacher) : state.article;
  const stops = useMemo(() => state.teacher?.stops ?? (state.article ? editorStops(state.article, 'article') : []), [state.teacher, state.article]);

  useEffect(
    function keepEachChange() {
      if (state.teacher !== teacher.teacher) save(state.teacher);
    },
    [state.teacher, teacher.teacher, save],
  );

  function add(stop: TourStop) {
    dispatch({ type: 'add', stop });
    setStatus(`Added “${stop.title}” as the last stop.`);
  }

  return (
    <dialog ref={dialogRef} className="tour-editor" aria-labelledby="tour-editor-title" onCancel={closeOnCancel}>
      <div className="editor-bar">
        <div>
          <h2 id="tour-editor-title" ref={headingRef} tabIndex={-1}>
            Edit tour
          </h2>
          <p className="editor-intro">
            {state.teacher ? 'You are editing your own tour, kept in this browser.' : 'You are editing the article’s tour; your changes are kept in this browser.'}{' '}
            The article’s own tour is never changed.
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close the editor" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {teacher.storageProblem && (
        <p className="editor-alert" role="alert">
          {teacher.storageProblem}
        </p>
      )}
      <TourFileTools
        story={story}
        state={state}
        presented={presented}
        dispatch={dispatch}
        onStatus={setStatus}
        onReset={() => headingRef.current?.focus()}
      />
      <p className="editor-status" role="status">
        {status}
      </p>
      <div className="editor-columns">
        <EditableStopList key={state.revision} stops={stops} dispatch={dispatch} />
        <AddStop story={story} selection={selection} mapView={teacher.lastView()} onAdd={add} />
      </div>
    </dialog>
  );
}
