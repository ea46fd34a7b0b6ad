import { describe, expect, it } from 'vitest';
import type { QuotablePart } from '../story/passages.ts';
import { keySentenceOnly } from './key-sentence.ts';

const PARTS: QuotablePart[] = [
  { id: 'headline', kind: 'headline', number: 0, text: 'Leaks and the West.' },
  { id: 'c1', kind: 'caption', number: 1, text: 'Leaders meet in Brussels on Thursday.', credit: 'AP' },
  { id: 'p1', kind: 'paragraph', number: 1, text: 'The alliance met. It has shared intelligence for decades. Trust is broken.' },
];

describe('keySentenceOnly', () => {
  it('keeps the first quote, in the order the stop lists them', () => {
    expect(keySentenceOnly(['Trust is broken.', 'The alliance met.'], PARTS)).toEqual(['Trust is broken.']);
  });

  it('passes over a photo caption for a sentence of the text', () => {
    expect(keySentenceOnly(['Leaders meet in Brussels on Thursday.', 'It has shared intelligence for decades.'], PARTS)).toEqual([
      'It has shared intelligence for decades.',
    ]);
    expect(keySentenceOnly(['Leaders meet in Brussels on Thursday.', 'Leaks and the West.'], PARTS)).toEqual(['Leaks and the West.']);
  });

  it('keeps a caption when the stop quotes nothing else, and nothing of an empty passage', () => {
    expect(keySentenceOnly(['Leaders meet in Brussels on Thursday.'], PARTS)).toEqual(['Leaders meet in Brussels on Thursday.']);
    expect(keySentenceOnly([], PARTS)).toEqual([]);
  });
});
