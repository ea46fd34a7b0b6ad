/**
 * A story's own words for its layers and its kinds of flow. The layers and kinds are slots the app
 * draws in fixed ways (a shape per layer, a line per kind); what a reader calls them is the story's:
 * this app's first story says "Attacks" and "Fighters returning" (layers.ts), a story of night trains
 * "Stations" and "Night routes". `article.json` may carry `words`; a story that names none is told in
 * the first story's words, one that names some in plain words for the rest. A story drafted from another article starts from plain words (`PLAIN_WORDS`).
 */
import { FLOW_LABELS, LAYER_LABELS } from './layers.ts';
import type { Article, FlowKind, LayerId } from './schema.ts';

/**
 * `article.json`'s `words` (its schema is the validator's, in schema.ts: the page that only shows a
 * story loads none of it): any layer's and any kind's, each optional.
 */
export type StoryWords = NonNullable<Article['words']>;

/** A layer's words: as a heading ("Attacks"), for one feature ("Attack"), and counted ("3 attacks"). */
export type LayerWords = (typeof LAYER_LABELS)[LayerId];

/** Every layer's and kind's words, the story's where it gives them. */
export interface Words {
  layers: Readonly<Record<LayerId, LayerWords>>;
  flows: Readonly<Record<FlowKind, string>>;
}

/** The first story's words: those of a story that gives none. */
export const FIRST_STORY_WORDS: Words = { layers: LAYER_LABELS, flows: FLOW_LABELS };

/** The words a story drafted from another article starts with: what each slot is, in plain words. */
export const PLAIN_WORDS = {
  layers: {
    attacks: { plural: 'Events', singular: 'Event', counted: 'events' },
    strongholds: { plural: 'Areas', singular: 'Area', counted: 'areas' },
    networks: { plural: 'Networks', singular: 'Network', counted: 'networks' },
    flows: { plural: 'Movements', singular: 'Movement', counted: 'movements' },
    context: { plural: 'Places', singular: 'Place', counted: 'places' },
  },
  flows: { travel: 'Journeys', funding: 'Money or orders', recruitment: 'People leaving', return: 'People returning' },
} satisfies Required<{ [K in keyof StoryWords]: Required<NonNullable<StoryWords[K]>> }>;

/** A draft's article with words of its own: its own where it has them, else the plain ones. */
export function withPlainWords<A extends { words?: StoryWords | undefined }>(article: A): A {
  return article.words ? article : { ...article, words: PLAIN_WORDS };
}

/**
 * The words of a story with `words` (an article's): the first story's where it gives none at all; a
 * story that gives some has the plain words for the rest (a story of flights names its places, and its
 * empty layers are not "Attacks").
 */
export function wordsOf(words: StoryWords | undefined): Words {
  const base = words ? PLAIN_WORDS : FIRST_STORY_WORDS;
  const given = <T,>(entries: Record<string, T | undefined> | undefined) => Object.fromEntries(Object.entries(entries ?? {}).filter((entry): entry is [string, T] => entry[1] !== undefined));
  return {
    layers: { ...base.layers, ...given(words?.layers) },
    flows: { ...base.flows, ...given(words?.flows) },
  };
}
