/**
 * Keeps the story draft in the browser (localStorage, under a versioned key), so that a reload or a
 * closed tab loses nothing. Failures (storage full, turned off) come back as plain sentences.
 */
import { EMPTY_DRAFT, type DraftState } from './draft-model.ts';

/** The localStorage key of the draft; its version changes if the stored form ever does. */
export const DRAFT_KEY = 'story-map.story-draft.v1';

/** What storage gave back: the draft (`null` if none), or why it could not be read. */
export type DraftRead = { ok: true; draft: DraftState | null } | { ok: false; problem: string };

const browserStorage = () => window.localStorage;

function isDraft(value: unknown): value is DraftState {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.version === 1 &&
    typeof record.articleText === 'string' &&
    ['sentences', 'places', 'flows', 'stops', 'unknown'].every((key) => Array.isArray(record[key]))
  );
}

function storageError(error: unknown): string {
  return error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'the browser’s storage for this page is full'
    : 'this browser does not let the page keep data (storage is turned off or blocked)';
}

/** The draft kept in this browser. */
export function readDraft(storage: () => Storage = browserStorage): DraftRead {
  let text: string | null;
  try {
    text = storage().getItem(DRAFT_KEY);
  } catch (error) {
    return { ok: false, problem: `Your draft cannot be kept: ${storageError(error)}. It lasts until the page is closed.` };
  }
  if (text === null) return { ok: true, draft: null };
  try {
    const record: unknown = JSON.parse(text);
    if (isDraft(record)) return { ok: true, draft: { ...EMPTY_DRAFT, ...record } };
  } catch {
    // Unreadable JSON: said below, like a record of the wrong form.
  }
  return { ok: false, problem: 'The draft kept in this browser could not be read. Your next change replaces it.' };
}

/** Keeps `draft` (`null` forgets it); a problem sentence if it could not. */
export function writeDraft(draft: DraftState | null, storage: () => Storage = browserStorage): string | undefined {
  try {
    if (draft === null) storage().removeItem(DRAFT_KEY);
    else storage().setItem(DRAFT_KEY, JSON.stringify(draft));
    return undefined;
  } catch (error) {
    return `Your draft could not be kept in this browser: ${storageError(error)}. It lasts until the page is closed.`;
  }
}
