import { describe, expect, it } from 'vitest';
import { quoteRuns } from './quote-runs.ts';

describe('quoteRuns', () => {
  it('makes each quoted sentence its own run, even when two touch', () => {
    expect(quoteRuns('One. Two. Three.', ['Two.', 'One.'])).toEqual([
      { text: 'One.', quote: 'One.' },
      { text: ' ' },
      { text: 'Two.', quote: 'Two.' },
      { text: ' Three.' },
    ]);
  });

  it('counts a quote shared by several features once, and skips quotes not in the text', () => {
    expect(quoteRuns('A. B.', ['B.', 'B.', 'C.'])).toEqual([{ text: 'A. ' }, { text: 'B.', quote: 'B.' }]);
  });

  it('keeps the longer of two quotes that overlap', () => {
    expect(quoteRuns('A long sentence.', ['long', 'A long sentence.'])).toEqual([{ text: 'A long sentence.', quote: 'A long sentence.' }]);
  });
});
