/**
 * The way into the tour editor: the masthead's Edit tour button, with the editor loaded as a chunk of its own
 * only when opened.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import type { Story } from '../story/validate-story.ts';
import { useFocusAfter } from '../ui/use-focus-after.ts';
import type { MapSelection } from './new-stop.ts';
import type { TeacherTourState } from './use-teacher-tour.ts';

/** What "Edit tour" needs: the story, the teacher's tour and the map's current selection. */
export interface EditTourProps {
  story: Story;
  teacher: TeacherTourState;
  selection: MapSelection;
}

// The editor is its own chunk: only a teacher who opens it loads it.
const TourEditor = lazy(() => import('./TourEditor.tsx').then((module) => ({ default: module.TourEditor })));

/** The masthead's "Edit tour" button and the editor it opens; focus comes back to the button on close. */
export function EditTour({ story, teacher, selection }: EditTourProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useFocusAfter(open, buttonRef);
  return (
    <>
      {/* "Edit" close beside "Present" (the masthead keeps to one row at 1280 px); "Edit tour" where Present is not offered.
          Its name is its text, "Edit tour", either way: an aria-label over a text that differs failed axe's label-in-name rule. */}
      <button type="button" ref={buttonRef} className="text-button on-dark edit-tour-button" title="Edit tour" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Edit<span className="edit-tour-rest"> tour</span>
      </button>
      {/* Opened on the tour kept in the browser, once it has been read: never over it. */}
      {open && teacher.ready && (
        <Suspense fallback={null}>
          <TourEditor story={story} teacher={teacher} selection={selection} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
