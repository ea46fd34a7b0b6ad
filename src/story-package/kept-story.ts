/**
 * Keeps an opened story package in this browser, so that a reload shows it: its text in IndexedDB (a
 * package may be a few MB, beyond what localStorage holds beside the teacher's tours), or in
 * localStorage where IndexedDB is not offered; a small marker in localStorage says which (story-source.ts).
 * Failures come back as sentences, never silence.
 */
import { keptMarker, keptStoryKey, type KeptMarker } from './story-source.ts';

const DATABASE = 'story-map';
const STORE = 'opened-stories';

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = window.indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  });
}

/** One request on the store, in a transaction of its own, resolved once the transaction is done. */
async function onStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB gave up'));
    });
  } finally {
    database.close();
  }
}

function why(error: unknown): string {
  return error instanceof DOMException && error.name === 'QuotaExceededError' ? 'the browser’s storage for this page is full' : 'this browser does not let the page keep data';
}

/** Keeps the package `text`, opened as `name`; a sentence saying why not, if it could not. */
export async function keepPackage(name: string, text: string): Promise<string | undefined> {
  const key = keptStoryKey();
  let store: KeptMarker['store'] = 'indexedDB';
  try {
    await onStore('readwrite', (objects) => objects.put(text, key));
  } catch {
    store = 'localStorage';
  }
  try {
    if (store === 'localStorage') window.localStorage.setItem(`${key}:package`, text);
    window.localStorage.setItem(key, JSON.stringify({ name, store } satisfies KeptMarker));
    return undefined;
  } catch (error) {
    return `It is shown until the page is closed, but cannot be kept: ${why(error)}.`;
  }
}

/** The text of the package kept for this page, or `null`. */
export async function readKeptPackage(): Promise<string | null> {
  const marker = keptMarker();
  if (!marker) return null;
  const key = keptStoryKey();
  try {
    if (marker.store === 'localStorage') return window.localStorage.getItem(`${key}:package`);
    const text = await onStore<unknown>('readonly', (objects) => objects.get(key));
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

/** Forgets the package kept for this page, wherever it was kept. */
export async function forgetKeptPackage(): Promise<void> {
  const key = keptStoryKey();
  const marker = keptMarker();
  try {
    window.localStorage.removeItem(key);
    window.localStorage.removeItem(`${key}:package`);
  } catch {
    // Storage turned off: nothing was kept there.
  }
  if (marker?.store === 'indexedDB') await onStore('readwrite', (objects) => objects.delete(key)).catch(() => undefined);
}
