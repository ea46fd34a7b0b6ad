import { describe, expect, it } from 'vitest';
import { currentDraftFiles } from './current-draft.ts';
import { draftReducer } from './draft-reducer.ts';
import { DRAFT_KEY, readDraft, writeDraft } from './draft-storage.ts';
import { FIXTURE_DRAFT } from './draft.fixture.ts';

function memoryStorage(): () => Storage {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  } as Storage;
  return () => storage;
}

describe('the story draft kept in the browser', () => {
  it('reads back the draft it kept, edits and all', () => {
    const storage = memoryStorage();
    const edited = draftReducer(draftReducer(FIXTURE_DRAFT, { type: 'accept', id: 'warsaw' }), { type: 'move', id: 'brest', coordinates: [23.7, 52.1] });
    expect(writeDraft(edited, storage)).toBeUndefined();
    expect(readDraft(storage)).toEqual({ ok: true, draft: edited });
  });

  it('forgets the draft when it is discarded', () => {
    const storage = memoryStorage();
    writeDraft(FIXTURE_DRAFT, storage);
    writeDraft(null, storage);
    expect(readDraft(storage)).toEqual({ ok: true, draft: null });
    expect(currentDraftFiles(storage)).toBeNull();
  });

  it('says so when the kept record is not a draft', () => {
    const storage = memoryStorage();
    storage().setItem(DRAFT_KEY, '{"version":1,"places":"none"}');
    expect(readDraft(storage).ok).toBe(false);
  });

  it('says so when the browser keeps nothing', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(readDraft(blocked)).toMatchObject({ ok: false, problem: expect.stringContaining('cannot be kept') });
    expect(writeDraft(FIXTURE_DRAFT, blocked)).toMatch(/could not be kept/);
  });

  it('gives the kept draft’s files to the rest of the app', () => {
    const storage = memoryStorage();
    writeDraft(draftReducer(FIXTURE_DRAFT, { type: 'accept', id: 'warsaw' }), storage);
    const files = currentDraftFiles(storage);
    expect(Object.keys(files ?? {}).sort()).toEqual(['article.json', 'attacks.geojson', 'context.geojson', 'flows.geojson', 'networks.geojson', 'strongholds.geojson', 'tour.json']);
    expect(JSON.parse(files?.['context.geojson'] ?? '{}').features.map((feature: { id: string }) => feature.id)).toEqual(['warsaw']);
  });
});
