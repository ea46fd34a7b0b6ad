import { describe, expect, it } from 'vitest';
import type { QuotablePart } from '../story/passages.ts';
import { handoutParts, shortPartLabel } from './handout-paragraphs.ts';

const PARTS: QuotablePart[] = [
  { id: 'headline', kind: 'headline', number: 0, text: 'A headline.' },
  { id: 'p1', kind: 'paragraph', number: 1, text: 'One. Two. Three.' },
  { id: 'p2', kind: 'paragraph', number: 2, text: 'Four. Five.' },
  { id: 'c1', kind: 'caption', number: 1, text: 'A photo.' },
];

describe('handoutParts', () => {
  const printed = handoutParts(PARTS, [
    { number: 3, passage: ['Two.'] },
    { number: 1, passage: ['Two.', 'Four.'] },
    { number: 2, passage: ['Three.', 'A photo.'] },
  ]);

  it('gives each quoted part once, in the article’s order, with the numbers of its places', () => {
    expect(printed.map((p) => [p.part.id, p.numbers])).toEqual([
      ['p1', [1, 2, 3]],
      ['p2', [1]],
      ['c1', [2]],
    ]);
  });

  it('keeps the whole text, and marks each quoted sentence with the places that quote it', () => {
    const p1 = printed[0];
    expect(p1?.runs.map((r) => r.text).join('')).toBe('One. Two. Three.');
    expect(p1?.runs.filter((r) => r.marked).map((r) => [r.text, r.numbers])).toEqual([
      ['Two.', [1, 3]],
      ['Three.', [2]],
    ]);
  });
});

describe('shortPartLabel', () => {
  it('names paragraphs by ¶ and number, and the other parts in words', () => {
    expect(PARTS.map(shortPartLabel)).toEqual(['Headline', '¶1', '¶2', 'Photo caption 1']);
  });
});
