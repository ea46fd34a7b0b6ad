/**
 * The story dialog: which story shows and where it came from; Open story… (a package file), Export story
 * (the story as a package), Save as one file (the map and the story in one HTML file), Back to the
 * original story; and the problems of a package refused. A modal dialog: focus kept inside, Esc closes.
 */
import { useRef, useState } from 'react';
import { useModalDialog } from '../ui/use-modal-dialog.ts';
import { PackageProblems, type Refusal } from './PackageProblems.tsx';
import { backToOriginal, exportStory, saveOneFile } from './story-actions.ts';
import type { StorySource } from './story-source.ts';
import type { StoryShare } from './StoryTools.tsx';

/** What the dialog shows and whom it tells. */
export interface StoryDialogProps {
  headline: string;
  share: StoryShare;
  /** The package last refused, listed with its problems. */
  refusal: Refusal | null;
  status: string;
  onStatus: (status: string) => void;
  onOpenFile: (file: File) => Promise<void>;
  onClose: () => void;
}

function sourceSentence(source: StorySource): string {
  switch (source.kind) {
    case 'built':
      return 'This is the map’s own story.';
    case 'embedded':
      return 'This is the story saved in this file.';
    case 'opened':
      return `This story was opened from ${source.name}${source.kept ? ' and is kept in this browser: a reload shows it' : ''}.`;
  }
}

export function StoryDialog({ headline, share, refusal, status, onStatus, onOpenFile, onClose }: StoryDialogProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const { source } = share.shown;

  const { dialogRef, headingRef, closeOnCancel } = useModalDialog(onClose);
  async function act(action: () => Promise<string>) {
    setBusy(true);
    try {
      onStatus(await action());
    } catch (error) {
      onStatus(`That did not work: ${String(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog ref={dialogRef} className="story-dialog modal-dialog" aria-labelledby="story-dialog-title" onCancel={closeOnCancel}>
      <div className="story-dialog-bar">
        <h2 id="story-dialog-title" ref={headingRef} tabIndex={-1}>
          Share or open a story
        </h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <p>
        “{headline}”. {sourceSentence(source)}
      </p>
      <div className="story-dialog-tools">
        <button type="button" className="text-button" onClick={() => inputRef.current?.click()}>
          Open story…
        </button>
        <input
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void onOpenFile(file);
          }}
        />
        <button type="button" className="text-button" disabled={busy} onClick={() => void act(() => exportStory(headline, source))}>
          Export story
        </button>
        <button type="button" className="text-button" disabled={busy} onClick={() => void act(() => saveOneFile(headline, source))}>
          Save as one file
        </button>
        {source.kind === 'opened' && (
          <button type="button" className="text-button" disabled={busy} onClick={() => void backToOriginal().then(share.show, (error: unknown) => onStatus(`That did not work: ${String(error)}`))}>
            Back to the original story
          </button>
        )}
      </div>
      <p className="story-dialog-hint">
        Open a story package (.json) made with Export story, or drop one anywhere on the page. It is checked like the map’s own story; one with
        problems changes nothing.
      </p>
      <p className="story-dialog-status" role="status">
        {status}
      </p>
      {refusal && <PackageProblems refusal={refusal} />}
    </dialog>
  );
}
