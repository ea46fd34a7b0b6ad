/**
 * The story editor: a modal dialog over the whole page in which a teacher turns an article into a
 * story map, offline: the article and its places on one side, the map and the chosen place on the
 * other, the validator's problems beside what they concern.
 */
import { useMemo, useState } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import { AddPlace } from './AddPlace.tsx';
import { ArticleInput } from './ArticleInput.tsx';
import { DiscardDraft } from './DiscardDraft.tsx';
import { previewAddress } from './draft-preview.ts';
import { DraftList } from './DraftList.tsx';
import { DraftMap } from './DraftMap.tsx';
import { draftFiles } from './draft-files.ts';
import { EMPTY_DRAFT } from './draft-model.ts';
import { selectedItem } from './draft-reducer.ts';
import { loadDrafter } from './drafter.ts';
import { ItemEditor } from './ItemEditor.tsx';
import type { EditorBasemap } from './NewStory.tsx';
import { ShareDraft } from './ShareDraft.tsx';
import { EditShownStory } from './EditShownStory.tsx';
import type { Story } from '../story/validate-story.ts';
import { StoryWordsForm } from './StoryWordsForm.tsx';
import { StopList } from './StopList.tsx';
import { StoryProblems } from './StoryProblems.tsx';
import { useDraft } from './use-draft.ts';
import { useDraftProblems } from './use-draft-problems.ts';

/** What the editor needs: a basemap for its map, if the app has one, and whom to tell it closed. */
export interface StoryEditorProps {
  basemap?: EditorBasemap | undefined;
  /** The story the map shows, which the editor may take as its draft. */
  shown?: Story | null | undefined;
  onClose: () => void;
}

/** The story editor's dialog. Every change is kept in this browser at once and checked a moment later. */
export function StoryEditor({ basemap, shown, onClose }: StoryEditorProps) {
  const { dialogRef, headingRef, closeOnCancel } = useModalDialog(onClose);
  const { state, dispatch, storageProblem } = useDraft();
  const { article, sentences, places, flows, stops } = state;
  const files = useMemo(() => draftFiles({ ...EMPTY_DRAFT, article, sentences, places, flows, stops }), [article, sentences, places, flows, stops]);
  const { problems, checking } = useDraftProblems(files);
  const [status, setStatus] = useState('');
  const [finding, setFinding] = useState(false);
  const item = selectedItem(state);
  const problemCount = problems.general.length + [...problems.byFeature.values()].reduce((sum, list) => sum + list.length, 0);

  async function findPlaces() {
    setFinding(true);
    setStatus('Finding places…');
    try {
      const drafter = await loadDrafter();
      const text = state.articleText;
      const proposals = await drafter.findPlaces(text);
      dispatch({ type: 'load-proposals', proposals, text });
      setStatus(`Found ${proposals.places.length} places: accept or drop each one.`);
      // The list of what was found takes the focus (the button that asked may stand elsewhere by then).
      window.requestAnimationFrame(() => document.getElementById('draft-places-title')?.focus());
    } catch (error) {
      setStatus(`The places could not be found: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setFinding(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="tour-editor story-editor" aria-labelledby="story-editor-title" onCancel={closeOnCancel}>
      <div className="editor-bar">
        <div>
          <h2 id="story-editor-title" ref={headingRef} tabIndex={-1}>
            New story
          </h2>
          <p className="editor-intro">Turn an article into a story map: paste it, find its places, check each one. Your draft is kept in this browser.</p>
        </div>
        <div className="story-editor-bar-tools">
          {article && (
            <a className="text-button story-preview-link" href={previewAddress(window.location.href)} target="_blank" rel="noopener">
              Preview in the map<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          )}
          {article && <ShareDraft files={files} headline={article.headline} problems={problemCount} checking={checking} onStatus={setStatus} />}
          <DiscardDraft onDiscard={() => dispatch({ type: 'discard' })} onStatus={setStatus} disabled={state === EMPTY_DRAFT} />
          <button type="button" className="icon-button" aria-label="Close the story editor" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
      {storageProblem && (
        <p className="editor-alert" role="alert">
          {storageProblem}
        </p>
      )}
      <p className="editor-status" role="status">
        {status}
      </p>
      <div className="story-editor-columns">
        <div className="story-editor-side">
          {shown && <EditShownStory story={shown} work={places.length + flows.length + (state.articleText.trim() === '' ? 0 : 1)} dispatch={dispatch} onStatus={setStatus} />}
          <ArticleInput
            text={state.articleText}
            changed={state.foundText !== undefined && state.foundText !== state.articleText}
            work={{ places: places.filter((place) => place.status !== 'dropped').length, flows: flows.length }}
            finding={finding}
            dispatch={dispatch}
            onFind={findPlaces}
            onStatus={setStatus}
          />
          {article && <StoryProblems problems={problems.general} checking={checking} />}
          {article && <DraftList state={state} problems={problems} dispatch={dispatch} />}
          {article && <AddPlace dispatch={dispatch} onStatus={setStatus} />}
          {article && <StoryWordsForm state={state} dispatch={dispatch} />}
          {article && <StopList state={state} dispatch={dispatch} onStatus={setStatus} />}
        </div>
        <div className="story-editor-main">
          <DraftMap state={state} dispatch={dispatch} basemap={basemap} onStatus={setStatus} />
          {item && <ItemEditor key={item.id} item={item} state={state} problems={problems.byFeature.get(item.id) ?? []} dispatch={dispatch} />}
        </div>
      </div>
    </dialog>
  );
}
