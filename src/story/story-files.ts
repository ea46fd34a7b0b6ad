/** The files of a story folder, by name: what the validator, the loader and the build read. */
import type { LayerId } from './kinds.ts';

/** The file that holds the article. */
export const ARTICLE_FILE = 'article.json';
/** The file that holds the guided tour; a story may have none. */
export const TOUR_FILE = 'tour.json';
/** The file that holds a layer's features. */
export function layerFile(layer: LayerId): string {
  return `${layer}.geojson`;
}
