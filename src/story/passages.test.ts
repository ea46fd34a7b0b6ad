import { describe, expect, it } from 'vitest';
import { countOccurrences, excerptSegments, markQuotes, partsQuoted, quotableParts } from './passages.ts';

const article = {
  kicker: 'Analysis',
  headline: 'Head',
  standfirst: 'Stand.',
  parts: [
    { type: 'photo' as const, id: 'photo-1', caption: 'Cap.', credit: 'AP' },
    { type: 'paragraph' as const, id: 'p1', text: 'One. Two. Three.' },
    { type: 'paragraph' as const, id: 'p2', text: 'Four.' },
  ],
};

describe('passages', () => {
  it('lists the quotable parts in reading order, numbering paragraphs and captions', () => {
    expect(quotableParts(article).map((p) => `${p.kind}:${p.number}:${p.id}`)).toEqual([
      'headline:0:headline',
      'standfirst:0:standfirst',
      'caption:1:photo-1',
      'paragraph:1:p1',
      'paragraph:2:p2',
    ]);
  });

  it('finds the parts a passage quotes', () => {
    expect(partsQuoted(quotableParts(article), ['Four.', 'Two.']).map((p) => p.id)).toEqual(['p1', 'p2']);
  });

  it('counts overlapping occurrences', () => {
    expect(countOccurrences('aaa', 'aa')).toBe(2);
    expect(countOccurrences('abc', '')).toBe(0);
  });

  it('marks each quote and leaves the rest as plain text', () => {
    expect(markQuotes('One. Two. Three.', ['Two.'])).toEqual([
      { text: 'One. ', marked: false },
      { text: 'Two.', marked: true },
      { text: ' Three.', marked: false },
    ]);
  });

  it('merges quotes that touch or overlap into one mark', () => {
    expect(markQuotes('One. Two. Three.', ['One. Two.', 'Two. Three.'])).toEqual([{ text: 'One. Two. Three.', marked: true }]);
    expect(markQuotes('One. Two.', ['One.', ' Two.'])).toEqual([{ text: 'One. Two.', marked: true }]);
  });

  it('marks nothing when no quote is in the text', () => {
    expect(markQuotes('One.', ['Two.'])).toEqual([{ text: 'One.', marked: false }]);
  });
});

describe('excerptSegments', () => {
  it('keeps the quoted sentences word for word and puts an ellipsis where words are left out', () => {
    expect(excerptSegments('One. Two. Three. Four.', ['Two.', 'Four.'])).toEqual([
      { text: ' … ', marked: false },
      { text: 'Two.', marked: true },
      { text: ' … ', marked: false },
      { text: 'Four.', marked: true },
    ]);
    expect(excerptSegments('One. Two.', ['One. Two.'])).toEqual([{ text: 'One. Two.', marked: true }]);
  });
});
