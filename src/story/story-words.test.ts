import { describe, expect, it } from 'vitest';
import { FIRST_STORY_WORDS, PLAIN_WORDS, withPlainWords, wordsOf, type StoryWords } from './story-words.ts';
import { problemsOf, validFiles } from '../../tests/fixtures/story-files.ts';

describe('a story’s own words for its layers and kinds of flow', () => {
  it('are the first story’s where a story gives none, the story’s where it gives them, and plain for the rest', () => {
    expect(wordsOf(undefined)).toEqual(FIRST_STORY_WORDS);
    const night = wordsOf({ layers: { context: { plural: 'Stations', singular: 'Station', counted: 'stations' } }, flows: { travel: 'Night routes' } });
    expect(night.layers.context).toEqual({ plural: 'Stations', singular: 'Station', counted: 'stations' });
    expect(night.layers.attacks).toEqual(PLAIN_WORDS.layers.attacks);
    expect([night.flows.travel, night.flows.funding]).toEqual(['Night routes', PLAIN_WORDS.flows.funding]);
  });

  it('start plain for a story drafted from another article, and stay its own where it has them', () => {
    const article: { headline: string; words?: StoryWords } = { headline: 'Night trains' };
    expect(withPlainWords(article)).toEqual({ headline: 'Night trains', words: PLAIN_WORDS });
    const own: { headline: string; words?: StoryWords } = { headline: 'Night trains', words: { flows: { travel: 'Night routes' } } };
    expect(withPlainWords(own)).toBe(own);
    expect(JSON.stringify(PLAIN_WORDS)).not.toMatch(/Attack|Stronghold|Fighter|Recruit/);
  });

  it('pass the validator in article.json, and a word with markup, empty, too long or of no kind the app draws is a problem named by its field', () => {
    const files = validFiles();
    const article = files['article.json'] as Record<string, unknown>;
    files['article.json'] = { ...article, words: { layers: { context: { plural: 'Stations', singular: 'Station', counted: 'stations' } }, flows: { travel: 'Night routes' } } };
    expect(problemsOf(files)).toEqual([]);
    files['article.json'] = { ...article, words: { layers: { context: { plural: 'Stations<script>alert(1)</script>', singular: ' ', counted: 'x'.repeat(41) } }, flows: { jet: 'Jets' } } };
    expect(problemsOf(files).map((problem) => problem.message)).toEqual([
      'words.layers.context.plural: must be plain text, but holds markup or a script address: "<script>alert(1)</script>"',
      'words.layers.context.singular: must not be empty',
      'words.layers.context.counted: must be at most 40 characters long (it is 41)',
      'words.flows.jet: Invalid key: Expected never but received "jet"',
    ]);
  });
});
