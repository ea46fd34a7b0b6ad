/**
 * Where Present starts: at the stop a tour was left at, mid-way (Esc or ×), so that a teacher who
 * leaves the tour by accident, or to answer a question on the map, comes back to the same stop;
 * from the first once a tour was left at its last stop, or never started.
 */
import { useState } from 'react';

/** The stop to present from, given the stop the tour was last left at (`null`: never left). */
export function resumeStop(left: number | null, stops: number): number {
  return left !== null && left > 1 && left < stops ? left : 1;
}

/** The stop to present from, following the tour's stop (`null` while not presenting) as it changes. */
export function useResumeStop(tourStop: number | null, stops: number): number {
  // The stop shown, and the one the tour was last left at: state adjusted in render as the stop
  // changes (React's way to keep what a prop was), not an effect's second render.
  const [seen, setSeen] = useState<{ stop: number | null; left: number | null }>({ stop: tourStop, left: null });
  if (seen.stop !== tourStop) setSeen({ stop: tourStop, left: tourStop === null ? seen.stop : seen.left });
  return resumeStop(tourStop === null && seen.stop !== null ? seen.stop : seen.left, stops);
}
