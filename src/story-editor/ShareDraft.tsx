/**
 * The draft passed on, from the editor itself: Export story (the story package) and Save as one file
 * (the whole map with the draft in it, which opens from disk with no network), by the same actions
 * as Share story's (story-package/story-actions.ts), loaded when pressed. Only a draft the validator
 * passes is passed on: a file with problems would open on its problems, not on the map.
 */
import { useState } from 'react';

/** The draft's files and headline, whether the validator passed them, and where to say what was done. */
export interface ShareDraftProps {
  files: Readonly<Record<string, string>>;
  headline: string;
  problems: number;
  checking: boolean;
  onStatus: (message: string) => void;
}

export function ShareDraft({ files, headline, problems, checking, onStatus }: ShareDraftProps) {
  const [busy, setBusy] = useState(false);
  const ready = problems === 0 && !checking;
  async function share(how: 'export' | 'one-file') {
    if (!ready) {
      onStatus(checking ? 'The draft is being checked: try again in a moment.' : `The draft has ${problems === 1 ? 'a problem' : `${problems} problems`}: each is listed beside what it concerns. Mend them first.`);
      return;
    }
    setBusy(true);
    try {
      const { exportStory, saveOneFile } = await import('../story-package/story-actions.ts');
      const source = { kind: 'opened', name: 'the story editor’s draft', files, kept: false } as const;
      onStatus(await (how === 'export' ? exportStory(headline, source) : saveOneFile(headline, source)));
    } catch (error) {
      onStatus(`That did not work: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className="text-button" aria-disabled={!ready || busy} onClick={() => void share('export')}>
        Export story
      </button>
      <button type="button" className="text-button" aria-disabled={!ready || busy} onClick={() => void share('one-file')}>
        Save as one file
      </button>
    </>
  );
}
