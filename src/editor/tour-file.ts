/**
 * Tour files in and out of the editor: Export writes the presented tour in the form of
 * `geo/tour.json`; Import reads one and checks it with the story's own validator (`validateTour`).
 * Problems are said with where they are: file, stop number, field.
 */
import type { Problem } from '../story/problems.ts';
import type { Tour } from '../story/schema.ts';
import { validateTour, type Story } from '../story/validate-story.ts';
import type { TourCheck } from './editor-state.ts';
import { downloadText } from '../ui/download.ts';

/** The largest tour file read: a tour is a few kilobytes; anything far larger is not one. */
export const MAX_TOUR_FILE_BYTES = 1_000_000;

/**
 * A tour as the text of a tour file, laid out like `geo/tour.json`, each stop's fields in one order
 * (the schema's), however the tour was read: the same tour is the same text.
 */
export function tourFileText(tour: Tour): string {
  const stops = tour.stops.map(({ title, features, camera, layers, passage, question, factNote, notes, until }) => ({
    title,
    features,
    camera: 'bbox' in camera ? { bbox: camera.bbox } : { center: camera.center, zoom: camera.zoom },
    layers,
    passage,
    question,
    factNote,
    notes,
    until,
  }));
  return `${JSON.stringify({ title: tour.title, stops }, null, 2)}\n`;
}

/** Saves `tour` as a file the browser downloads. */
export function downloadTour(tour: Tour, name: string): void {
  downloadText(tourFileText(tour), name, 'application/json');
}

/** Reads and checks a tour file chosen by the teacher; never throws. */
export async function readTourFile(file: File, story: Story): Promise<TourCheck> {
  if (file.size > MAX_TOUR_FILE_BYTES) {
    return { ok: false, problems: [{ file: file.name, message: `the file is ${file.size} bytes long; a tour file is a few kilobytes` }] };
  }
  try {
    return validateTour(await file.text(), file.name, story);
  } catch (error) {
    return { ok: false, problems: [{ file: file.name, message: `the file could not be read (${String(error)})` }] };
  }
}

/** A stop named by the validator: `stops.2.title: …` (schema) or `stops[2] ("Title").features: …` (rules). */
const STOP_PATH = /^stops(?:\.(\d+)|\[(\d+)\] \("(.*?)"\))(?:\.([^:\s]+))?: (.*)$/s;

/** The stop a problem is about, from 0; -1 for the file as a whole. */
function stopOf(problem: Problem): number {
  const match = STOP_PATH.exec(problem.message);
  return match ? Number(match[1] ?? match[2]) : -1;
}

/** Problems as lines (see `describeTourProblem`), the file's first, then stop by stop. */
export function describeTourProblems(problems: readonly Problem[]): string[] {
  return [...problems].sort((a, b) => stopOf(a) - stopOf(b)).map((problem) => describeTourProblem(problem));
}

/**
 * A problem as one line a teacher can act on: `tour.json, stop 3 (“Paris”), title: must not be empty`.
 * With `file` false the file and stop are left out (the stop being added).
 */
export function describeTourProblem(problem: Problem, file = true): string {
  const match = STOP_PATH.exec(problem.message);
  const [, schemaIndex, ruleIndex, title, field, message] = match ?? [];
  const index = Number(schemaIndex ?? ruleIndex);
  const stop = match ? `stop ${index + 1}${title ? ` (“${title}”)` : ''}` : '';
  const body = match ? `${field ? `${field}: ` : ''}${message ?? ''}` : problem.message;
  if (!file) return body;
  return [problem.file, stop, body].filter(Boolean).join(', ');
}
