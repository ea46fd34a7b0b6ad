/**
 * The story package: one JSON document that holds a story folder's files, to share a story as one file
 * (`{ "format": "story-map-package", "version": 1, "files": { "article.json": "…", … } }`). Each file is
 * kept as its text, byte for byte, so that a package read back is the folder it was made of.
 */
import { LAYER_IDS } from '../story/kinds.ts';
import { ARTICLE_FILE, TOUR_FILE, layerFile } from '../story/story-files.ts';

/** The package's `format`: what says that a JSON file is a story package. */
export const PACKAGE_FORMAT = 'story-map-package';
/** The package's `version`: the only one this app writes and reads. */
export const PACKAGE_VERSION = 1;
/** The largest package read: this story's is about 100 kB, a story of a thousand places a few MB. */
export const MAX_PACKAGE_CHARS = 16_000_000;

/** A story folder's files: file name -> text. */
export type StoryFiles = Readonly<Record<string, string>>;

/** The files a story folder may hold, in the order a package lists them. */
export const STORY_FILE_NAMES: readonly string[] = [ARTICLE_FILE, ...LAYER_IDS.map(layerFile), TOUR_FILE];

/** One thing wrong with a package: the package file, the story file in it, the feature and the field, where known. */
export interface PackageProblem {
  /** The package's file name, as it was opened. */
  package: string;
  /** The story file inside the package (`attacks.geojson`); none for the package as a whole. */
  file?: string;
  /** The feature, as the validator names it (`"paris-bataclan"`, or `#3 (no valid id)`). */
  feature?: string;
  /** The field (`properties.name`, `geometry.coordinates`). */
  field?: string;
  message: string;
}

/** The text of a package of `files`: the story's files first in the folder's order, then any other. */
export function packageStory(files: StoryFiles): string {
  const names = [...STORY_FILE_NAMES.filter((name) => name in files), ...Object.keys(files).filter((name) => !STORY_FILE_NAMES.includes(name)).sort()];
  const ordered = Object.fromEntries(names.map((name) => [name, files[name] ?? '']));
  return `${JSON.stringify({ format: PACKAGE_FORMAT, version: PACKAGE_VERSION, files: ordered }, null, 2)}\n`;
}

/** A package's problem as one line: `shared.json, attacks.geojson, feature "x", properties.name: must be …`. */
export function describePackageProblem({ package: packageName, file, feature, field, message }: PackageProblem): string {
  const where = [packageName, file, feature === undefined ? undefined : `feature ${feature}`, field].filter((part) => part !== undefined);
  return `${where.join(', ')}: ${message}`;
}
