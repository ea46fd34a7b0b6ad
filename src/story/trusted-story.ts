/**
 * The story the build checked, read as it is: every file parsed, nothing checked again. Only for
 * files whose fingerprints match the build's stamp (load-story.ts); any other story, opened or
 * changed, goes through the validator, which this module does not load.
 */
import { fingerprint } from './fingerprint.ts';
import { LAYER_IDS } from './kinds.ts';
import { quotableParts } from './passages.ts';
import type { Article, StoryFeature, Tour } from './schema.ts';
import { ARTICLE_FILE, TOUR_FILE, layerFile } from './story-files.ts';
import type { Story } from './validate-story.ts';

/** What the build stamped: each file's fingerprint, by name (fingerprint.ts). */
export type StoryStamp = Readonly<Record<string, string>>;

/** Whether `files` are the very files `stamp` was made of, no more and no fewer. */
export function matchesStamp(files: Readonly<Record<string, string>>, stamp: StoryStamp | null): boolean {
  if (!stamp) return false;
  const names = Object.keys(files);
  return names.length === Object.keys(stamp).length && names.every((name) => stamp[name] === fingerprint(files[name] ?? ''));
}

/** The story of files the build validated, as the validator would have given it. */
export function trustedStory(files: Readonly<Record<string, string>>): Story {
  const read = <T,>(name: string): T => JSON.parse(files[name] ?? 'null') as T;
  const article = read<Article>(ARTICLE_FILE);
  const layers = LAYER_IDS.map((id) => ({ id, features: read<{ features: StoryFeature[] }>(layerFile(id)).features }));
  const tour = files[TOUR_FILE] === undefined ? null : read<Tour>(TOUR_FILE);
  return { article, parts: quotableParts(article), layers, features: layers.flatMap((layer) => layer.features), tour };
}
