import { describe, expect, it } from 'vitest';
import { KEY_BEFORE_STORIES, readSaved, storageKey, writeSaved } from './tour-storage.ts';
import type { TeacherTour } from './teacher-tour.ts';
import { TINY_TOUR } from './tiny-story.fixture.ts';

/** A Storage held in a Map, or one that throws as a full or blocked one does. */
function memoryStorage(fail?: string): Storage {
  const items = new Map<string, string>();
  const refuse = () => {
    if (fail) throw new DOMException('refused', fail);
  };
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (key) => (refuse(), items.get(key) ?? null),
    setItem: (key, value) => (refuse(), void items.set(key, value)),
    removeItem: (key) => void items.delete(key),
  };
}

const HEADLINE = 'A tiny story';
const STORAGE_KEY = storageKey(HEADLINE);

const teacher: TeacherTour = { title: TINY_TOUR.title, stops: [{ key: 'teacher-1', stop: TINY_TOUR.stops[1]!, hidden: true, origin: 'teacher' }] } as TeacherTour;

describe('the tour kept in the browser', () => {
  it('reads back what it wrote, and nothing once it is forgotten', () => {
    const storage = memoryStorage();
    expect(readSaved(HEADLINE, () => storage)).toEqual({ ok: true, teacher: null });
    expect(writeSaved(teacher, HEADLINE, () => storage)).toBeUndefined();
    expect(readSaved(HEADLINE, () => storage)).toEqual({ ok: true, teacher });
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toHaveProperty('version', 1);
    writeSaved(null, HEADLINE, () => storage);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('says so when storage is full or turned off, or holds something else', () => {
    expect(writeSaved(teacher, HEADLINE, () => memoryStorage('QuotaExceededError'))).toMatch(/^Your edits could not be kept in this browser: the browser’s storage for this page is full\./);
    expect(readSaved(HEADLINE, () => memoryStorage('SecurityError'))).toEqual({ ok: false, problem: expect.stringMatching(/storage is turned off or blocked/) });
    const other = memoryStorage();
    other.setItem(STORAGE_KEY, JSON.stringify({ version: 2, stops: [] }));
    expect(readSaved(HEADLINE, () => other)).toEqual({ ok: false, problem: expect.stringMatching(/could not be read/) });
  });

  it("keeps each story's tour apart: stories served from one host share its storage", () => {
    const storage = memoryStorage();
    writeSaved(teacher, HEADLINE, () => storage);
    expect(readSaved('Another story', () => storage)).toEqual({ ok: true, teacher: null });
    expect(storage.getItem(storageKey('Another story'))).toBeNull();
  });

  it('reads a tour kept before the key named the story, marked as such, until the story keeps its own', () => {
    const storage = memoryStorage();
    storage.setItem(KEY_BEFORE_STORIES, JSON.stringify({ version: 1, ...teacher }));
    expect(readSaved(HEADLINE, () => storage)).toEqual({ ok: true, teacher, earlier: true });
    writeSaved({ ...teacher, title: 'Mine' }, HEADLINE, () => storage);
    expect(readSaved(HEADLINE, () => storage)).toEqual({ ok: true, teacher: { ...teacher, title: 'Mine' } });
  });
});
