/**
 * The way into the story editor: the masthead's New story button, with the editor (and, once asked,
 * the drafter and its gazetteer) loaded as chunks of their own only when it is opened.
 */
import { lazy, Suspense, useRef, useState, type ComponentType } from 'react';
import { useFocusAfter } from '../ui/use-focus-after.ts';
import type { Story } from '../story/validate-story.ts';

/** A basemap drawn inside the editor's map, as the app's map draws its own; the editor does without one. */
export type EditorBasemap = ComponentType<{ onStatus: (status: 'loading' | 'ready' | 'failed') => void }>;

// The editor is its own chunk: only a teacher who opens it loads it.
const StoryEditor = lazy(() => import('./StoryEditor.tsx').then((module) => ({ default: module.StoryEditor })));

/** The masthead's "New story" button and the editor it opens; focus comes back to the button on close. */
export function NewStory({ basemap, story }: { basemap?: EditorBasemap; story?: Story | null }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFocusAfter(open, buttonRef);
  return (
    <>
      <button type="button" ref={buttonRef} className="text-button on-dark new-story-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        New story
      </button>
      {open && (
        <Suspense fallback={null}>
          <StoryEditor basemap={basemap} shown={story} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
