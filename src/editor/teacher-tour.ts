/**
 * The teacher's own tour: the article's stops (or an imported file's) in the teacher's order, some
 * hidden, some added. Plain data and pure functions, kept in the browser by `tour-storage.ts`.
 */
import type { Tour, TourStop } from '../story/schema.ts';

/** Where a stop comes from: the article's tour (`geo/tour.json`), or the teacher (added or imported). */
export type StopOrigin = 'article' | 'teacher';

/** One stop as the editor holds it. */
export interface EditorStop {
  /** Stable while the stop lives: for React lists and for focus after a move. */
  key: string;
  stop: TourStop;
  /** Hidden stops stay in the editor but are skipped when presenting. */
  hidden: boolean;
  /** Only the teacher's stops may be deleted; the article's are hidden instead. */
  origin: StopOrigin;
}

/** The teacher's tour as edited. */
export interface TeacherTour {
  title: string;
  stops: EditorStop[];
}

/** A tour's stops as editor stops of one origin, keyed by their place (`article-1`, `teacher-3`). */
export function editorStops(tour: Tour, origin: StopOrigin): EditorStop[] {
  return tour.stops.map((stop, i) => ({ key: `${origin}-${i + 1}`, stop, hidden: false, origin }));
}

/** A key no stop of `stops` has, for a stop the teacher adds. */
export function newStopKey(stops: readonly EditorStop[]): string {
  const taken = new Set(stops.map((s) => s.key));
  let n = stops.length + 1;
  while (taken.has(`teacher-${n}`)) n += 1;
  return `teacher-${n}`;
}

/** The tour as presented and exported: its shown stops in order; `null` when every stop is hidden. */
export function presentedTour(teacher: TeacherTour): Tour | null {
  const stops = teacher.stops.filter((s) => !s.hidden).map((s) => s.stop);
  return stops.length > 0 ? { title: teacher.title, stops } : null;
}

/** Every stop of the teacher's tour, hidden ones included, as a tour file (to check it whole). */
export function wholeTour(teacher: TeacherTour): Tour {
  return { title: teacher.title, stops: teacher.stops.map((s) => s.stop) };
}
