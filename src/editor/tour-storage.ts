/**
 * Keeps the teacher's tour in the browser (localStorage, under a versioned key), never in `geo/`.
 * Failures (storage full, turned off, a private window) come back as plain sentences, never silence.
 * The stops read back are only the form of the stored record; the hook checks them against the story
 * with the tour validator.
 */
import type { EditorStop, TeacherTour } from './teacher-tour.ts';

/**
 * The localStorage key of the teacher's tour of a story, named by its headline: story maps served from
 * one host share its storage. Its version changes if the stored form ever does.
 */
export function storageKey(headline: string): string {
  return `story-map.teacher-tour.v1:${headline}`;
}

/** The one key of the builds from before the key named the story: read, never written, by any story. */
export const KEY_BEFORE_STORIES = 'isis-story-map.teacher-tour.v1';

/** What storage gave back; `earlier` when it came from the key of the builds before (KEY_BEFORE_STORIES). */
export type SavedRead = { ok: true; teacher: TeacherTour | null; earlier?: true } | { ok: false; problem: string };

function isEditorStop(value: unknown): value is EditorStop {
  if (typeof value !== 'object' || value === null) return false;
  const { key, hidden, origin, stop } = value as Record<string, unknown>;
  return typeof key === 'string' && typeof hidden === 'boolean' && (origin === 'article' || origin === 'teacher') && typeof stop === 'object' && stop !== null;
}

function storageError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage for this page is full';
  return 'this browser does not let the page keep data (storage is turned off or blocked)';
}

/** The teacher's tour of the story of `headline` kept in this browser, `null` if none. */
export function readSaved(headline: string, storage: () => Storage = () => window.localStorage): SavedRead {
  let text: string | null;
  let earlier = false;
  try {
    text = storage().getItem(storageKey(headline));
    if (text === null) {
      text = storage().getItem(KEY_BEFORE_STORIES);
      earlier = text !== null;
    }
  } catch (error) {
    return { ok: false, problem: `Your tour cannot be kept: ${storageError(error)}. Edits last until the page is closed; use Export to keep them.` };
  }
  if (text === null) return { ok: true, teacher: null };
  try {
    const record = JSON.parse(text) as { version?: unknown; title?: unknown; stops?: unknown };
    if (record.version === 1 && typeof record.title === 'string' && Array.isArray(record.stops) && record.stops.every(isEditorStop)) {
      return { ok: true, teacher: { title: record.title, stops: record.stops }, ...(earlier && { earlier: true as const }) };
    }
  } catch {
    // Unreadable JSON: said below, like a record of the wrong form.
  }
  return { ok: false, problem: 'The tour kept in this browser could not be read, so the article’s tour is shown. Your next edit replaces it.' };
}

/** Keeps `teacher` for the story of `headline` (`null` forgets it); a problem sentence if it could not. */
export function writeSaved(teacher: TeacherTour | null, headline: string, storage: () => Storage = () => window.localStorage): string | undefined {
  try {
    if (teacher === null) storage().removeItem(storageKey(headline));
    else storage().setItem(storageKey(headline), JSON.stringify({ version: 1, ...teacher }));
    return undefined;
  } catch (error) {
    return `Your edits could not be kept in this browser: ${storageError(error)}. They last until the page is closed; use Export to keep them in a file.`;
  }
}
