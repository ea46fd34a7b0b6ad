/**
 * Which tour the app presents: the teacher's own, kept in the browser, or the article's, with what the editor
 * needs to change it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Tour, TourStop } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import { presentedTour, wholeTour, type TeacherTour } from './teacher-tour.ts';
import { readSaved, writeSaved } from './tour-storage.ts';

/** What the map reports of its view: the box it shows, as a tour stop's camera. */
export type MapView = Extract<TourStop['camera'], { bbox: number[] }>;

/** The tour the app presents, and what the editor needs to change it. */
export interface TeacherTourState {
  /** The tour to present: the teacher's shown stops when the teacher has edited it, else the article's. */
  tour: Tour | null;
  /** False until the tour kept in the browser has been read and checked against the story. */
  ready: boolean;
  /** The article's own tour (`geo/tour.json`), never changed. */
  article: Tour | null;
  /** The teacher's tour; `null` while it is the article's. */
  teacher: TeacherTour | null;
  /** Keeps a new teacher's tour in the browser; `null` goes back to the article's. */
  save: (teacher: TeacherTour | null) => void;
  /** What went wrong keeping the tour, in a plain sentence; `null` when nothing did. */
  storageProblem: string | null;
  /** For the map: called with its view after each move. */
  onView: (view: MapView) => void;
  /** The map's last reported view, for a stop added "from the current map view". */
  lastView: () => MapView | null;
}

/**
 * The teacher's own tour: read from the browser once the story is there (checked by the same
 * validator as `geo/tour.json`; a tour that no longer fits is set aside, and said so), kept there on
 * every change, and presented in place of the article's.
 */
export function useTeacherTour(story: Story | null): TeacherTourState {
  const article = story?.tour ?? null;
  const [teacher, setTeacher] = useState<TeacherTour | null>(null);
  const [ready, setReady] = useState(false);
  const [storageProblem, setStorageProblem] = useState<string | null>(null);
  const view = useRef<MapView | null>(null);

  useEffect(
    function restoreTheTeachersTour() {
      if (!story) return undefined;
      let current = true;
      const saved = readSaved(story.article.headline);
      if (!saved.ok || saved.teacher === null) {
        if (!saved.ok) setStorageProblem(saved.problem);
        setReady(true);
        return undefined;
      }
      const kept = saved.teacher;
      void import('../story/validate-story.ts').then(({ validateTour }) => {
        if (!current) return;
        const check = validateTour(JSON.stringify(wholeTour(kept)), 'The tour kept in this browser', story);
        if (check.ok) setTeacher(kept);
        // A tour kept before the key named the story may be another story's: left alone.
        else if (!saved.earlier) setStorageProblem(`The tour kept in this browser no longer fits the story, so the article’s tour is shown (${check.problems[0]?.message ?? ''}). Your next edit replaces it.`);
        setReady(true);
      });
      return function forget() {
        current = false;
      };
    },
    [story],
  );

  const headline = story?.article.headline ?? '';
  const save = useCallback(
    (next: TeacherTour | null) => {
      setTeacher(next);
      setStorageProblem(writeSaved(next, headline) ?? null);
    },
    [headline],
  );
  const onView = useCallback((next: MapView) => {
    view.current = next;
  }, []);
  const lastView = useCallback(() => view.current, []);
  const tour = useMemo(() => (teacher ? presentedTour(teacher) : article), [teacher, article]);
  return { tour, ready, article, teacher, save, storageProblem, onView, lastView };
}
