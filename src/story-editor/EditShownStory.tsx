/**
 * "Edit the story on the map": the story the map shows (one opened from a package or a single file,
 * or the built one) copied into the editor as its draft, so that a story shared from another browser
 * can be corrected and shared again. Offered only where the editor can edit all of it
 * (draft-of-story.ts); it asks first where the draft holds work it would replace.
 */
import { useMemo, type Dispatch } from 'react';
import type { Story } from '../story/validate-story.ts';
import { AskFirst } from './AskFirst.tsx';
import { draftOfStory } from './draft-of-story.ts';
import type { DraftAction } from './draft-reducer.ts';
import { loadDrafter } from './drafter.ts';

/** The story shown, the draft's work it would replace, and whom to tell. */
export interface EditShownStoryProps {
  story: Story;
  work: number;
  dispatch: Dispatch<DraftAction>;
  onStatus: (message: string) => void;
}

/** The button, where the story shown can be edited here. */
export function EditShownStory({ story, work, dispatch, onStatus }: EditShownStoryProps) {
  // Whether the editor can take all of it; the sentences (split by the drafter) come when it does.
  const editable = useMemo(() => 'draft' in draftOfStory(story, []), [story]);
  if (!editable) return null;
  async function edit() {
    onStatus('Copying the story on the map into the editor…');
    try {
      const drafter = await loadDrafter();
      const result = draftOfStory(story, drafter.sentencesOf(story.article));
      if ('refused' in result) return onStatus(result.refused);
      dispatch({ type: 'load-draft', draft: result.draft });
      onStatus(`The story on the map is now this draft: ${result.draft.places.length} places, ${result.draft.flows.length} flows. Edit it, then share it again.`);
    } catch (error) {
      onStatus(`The story could not be copied: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return (
    <p className="story-help edit-shown-story">
      Or start from the story the map shows, “{story.article.headline}”:{' '}
      <AskFirst question="Edit the story on the map? It replaces this draft and its work, and cannot be undone." yes="Replace the draft" no="Keep my draft" ask={work > 0} onYes={() => void edit()}>
        Edit the story on the map
      </AskFirst>
    </p>
  );
}
