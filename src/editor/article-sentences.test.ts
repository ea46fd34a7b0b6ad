import { describe, expect, it } from 'vitest';
import { quotableParts } from '../story/passages.ts';
import { articleSentences, splitSentences } from './article-sentences.ts';

describe('article sentences', () => {
  it('splits a text into its sentences, as written, not at "U.S." or "Mr."', () => {
    expect(splitSentences('The U.S. President spoke. Mr. Smith left!  Why? Yes.')).toEqual(['The U.S. President spoke.', 'Mr. Smith left!', 'Why?', 'Yes.']);
  });

  it('offers each sentence found once in the article, with where it stands', () => {
    const parts = quotableParts({
      kicker: 'Analysis',
      headline: 'A head',
      standfirst: 'Once. Twice.',
      parts: [
        { type: 'paragraph', id: 'p1', text: 'Twice. Three.' },
        { type: 'photo', id: 'photo-1', caption: 'A caption.', credit: 'AP' },
      ],
    });
    expect(articleSentences(parts)).toEqual([
      { text: 'A head', where: 'Headline' },
      { text: 'Once.', where: 'Standfirst' },
      { text: 'Three.', where: 'Paragraph 1' },
      { text: 'A caption.', where: 'Photo caption 1' },
    ]);
  });
});
