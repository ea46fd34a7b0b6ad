/** How the printed maps' captions and labels name a place, with its number from the places list. */
import type { StoryFeature } from '../story/schema.ts';

/** A place's name with its number, as the handouts write it: "5. San Bernardino, California". */
export const numberedName = (feature: StoryFeature, numbers: ReadonlyMap<string, number>): string => `${numbers.get(feature.id) ?? '?'}. ${feature.properties.name}`;
