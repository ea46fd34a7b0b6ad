/**
 * The shown story's words for its layers and kinds of flow (story/story-words.ts), for whatever names
 * them to a reader: the key, the layer toggles, the passage's heading, the places list, the handout.
 * Given once, where the story is (Root.tsx).
 */
import { createContext, useContext } from 'react';
import { FIRST_STORY_WORDS, type Words } from '../story/story-words.ts';

export const StoryWordsContext = createContext<Words>(FIRST_STORY_WORDS);

/** The shown story's words. */
export function useStoryWords(): Words {
  return useContext(StoryWordsContext);
}
