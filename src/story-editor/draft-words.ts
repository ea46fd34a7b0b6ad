/**
 * The draft's own words for its layers and kinds of line (story/story-words.ts), as the teacher renames
 * them: a layer's heading (its count follows it), one of its features, or a kind of flow. Pure.
 */
import { PLAIN_WORDS } from '../story/story-words.ts';
import type { DraftState } from './draft-model.ts';

/** A word of the story a teacher names: a layer's heading or one of its features, or a kind of flow. */
export type WordSlot = 'layer' | 'layer-one' | 'flow';

/** The draft's words with one renamed: a layer's heading (its count follows it), one of its features, or a kind of flow. */
export function renameWord(state: DraftState, slot: WordSlot, key: string, value: string): DraftState {
  if (!state.article) return state;
  const words = state.article.words ?? PLAIN_WORDS;
  const layers = { ...PLAIN_WORDS.layers, ...words.layers };
  const flows = { ...PLAIN_WORDS.flows, ...words.flows };
  if (slot === 'flow' && key in flows) return { ...state, article: { ...state.article, words: { layers, flows: { ...flows, [key]: value } } } };
  const layer = layers[key as keyof typeof layers];
  if (slot === 'flow' || !layer) return state;
  const renamed = slot === 'layer' ? { ...layer, plural: value, counted: value.toLowerCase() } : { ...layer, singular: value };
  return { ...state, article: { ...state.article, words: { layers: { ...layers, [key]: renamed }, flows } } };
}
