/**
 * The masthead's "Share story" button and the dialog it opens (its own chunk, loaded when opened), and
 * the page's drop of a story package. A package with problems changes nothing and opens the dialog on
 * its list; a good one replaces the story shown (`share.show`).
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../story/validate-story.ts';
import { useFocusAfter } from '../ui/use-focus-after.ts';
import type { Refusal } from './PackageProblems.tsx';
import type { ShownStory } from './story-source.ts';
import { useFileDrop } from './use-file-drop.ts';

/** How long a sentence on what was done stays, beside the button or in the dialog. */
const STATUS_MS = 15_000;

const StoryDialog = lazy(() => import('./StoryDialog.tsx').then((module) => ({ default: module.StoryDialog })));

/** The story shown, and how to show another (the app remounts on it). */
export interface StoryShare {
  shown: ShownStory;
  show: (next: ShownStory) => void;
}

/** "Share story", its dialog, and the page's drop; the story shown and how to replace it come from the app. */
export function StoryTools({ story, share }: { story: Story; share: StoryShare }) {
  const [open, setOpen] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [status, setStatus] = useState('');
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFocusAfter(open, buttonRef);
  const { show } = share;
  const { notice, replaced } = share.shown;
  useEffect(
    function sayWhatWasShown() {
      // After mounting: the page prerendered at build time, which this one may take over, says nothing.
      if (notice) setStatus(notice);
      // The page was drawn anew for the story opened: focus back where the reader was, not lost to the page.
      if (replaced) buttonRef.current?.focus();
    },
    [notice, replaced],
  );

  const openFile = useCallback(
    async (file: File) => {
      setStatus(`Opening ${file.name}…`);
      const opened = await import('./story-actions.ts')
        .then(({ openPackageFile }) => openPackageFile(file))
        .catch((error: unknown) => ({ ok: false as const, problems: [{ package: file.name, message: `could not be opened (${String(error)})` }] }));
      if (opened.ok) {
        show(opened.shown);
        return;
      }
      setStatus('');
      setRefusal({ name: file.name, problems: opened.problems });
      setOpen(true);
    },
    [show],
  );
  useEffect(
    function clearTheStatusAfterAWhile() {
      if (status === '') return undefined;
      const timer = window.setTimeout(() => setStatus(''), STATUS_MS);
      return function keepIt() {
        window.clearTimeout(timer);
      };
    },
    [status],
  );
  useFileDrop(useCallback((file: File) => void openFile(file), [openFile]));

  return (
    <>
      {/* An icon, named "Share story" by its hidden words; on a phone or tablet at the end of the headline's row (story-share.css). */}
      <button type="button" ref={buttonRef} className="text-button on-dark share-story-button" title="Share story" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        <svg className="share-story-icon" aria-hidden="true" viewBox="0 0 20 20" width="20" height="20">
          <path d="M10 13V2.5M6 6.5l4-4 4 4M4.5 9.5v8h11v-8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="visually-hidden">Share story</span>
      </button>
      <span role="status" className="share-status">
        {open ? '' : status}
      </span>
      {open && (
        <Suspense fallback={null}>
          <StoryDialog
            headline={story.article.headline}
            share={share}
            refusal={refusal}
            status={status}
            onStatus={setStatus}
            onOpenFile={openFile}
            onClose={() => {
              setOpen(false);
              setRefusal(null);
            }}
          />
        </Suspense>
      )}
    </>
  );
}
