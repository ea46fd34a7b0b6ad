/**
 * The editor's output for the rest of the app ("Export story", "Save as one file", a preview): the
 * story folder's files of the draft kept in this browser, as `Record<string, string>`. Small on
 * purpose: it loads neither the editor nor the drafter.
 */
import { draftFiles } from './draft-files.ts';
import { readDraft } from './draft-storage.ts';

/** The kept draft's files (article.json, `<layer>.geojson`, tour.json), or `null` when there is no draft with an article. */
export function currentDraftFiles(storage?: () => Storage): Record<string, string> | null {
  const read = readDraft(storage);
  if (!read.ok || !read.draft?.article) return null;
  return draftFiles(read.draft);
}
