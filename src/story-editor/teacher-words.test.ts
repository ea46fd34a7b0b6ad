import { describe, expect, it } from 'vitest';
import { teacherWords } from './teacher-words.ts';

describe('the validator’s problems in a teacher’s words', () => {
  it('names a field as the form does and says what to do', () => {
    expect(teacherWords('properties.passage: must hold at least one quote')).toBe('Sentences: link at least one sentence of the article to it.');
    expect(teacherWords('properties.date: must be a real date written YYYY-MM-DD (it is "2017-13-01")')).toBe('Date: write a real day as year-month-day, as in 2024-07-01 ("2017-13-01" is not one).');
    expect(teacherWords('properties.label: must be at most 32 characters long (it is 40)')).toBe('Label on the map: keep it to 32 characters (it has 40).');
    expect(teacherWords('properties.endDate: 2016-03-01 is before the date 2016-03-22')).toBe('End date: the end date, 2016-03-01, comes before the date, 2016-03-22.');
    expect(teacherWords('properties.passage[2]: not found word for word in the article: "It stops at Brest."')).toBe(
      'Sentences: this sentence is no longer in the article, word for word: "It stops at Brest." (unlink it, or link the sentence as it reads now).',
    );
  });

  it('words the bare rule shown beside its own field', () => {
    expect(teacherWords('must hold at least one quote')).toBe('Link at least one sentence of the article to it.');
    expect(teacherWords('must not be empty')).toBe('Write one.');
  });

  it('says which paragraph nothing links, and why it matters', () => {
    expect(teacherWords('article.json: paragraph 2 (p2) is not the passage of any feature: quote at least one of its sentences')).toBe(
      'Paragraph 2 is linked to nothing: every part of the article is part of the story, so link one of its sentences to a place or a flow.',
    );
  });

  it('leaves a problem it does not know as the validator words it', () => {
    expect(teacherWords('tour.json: stops: must hold at least one stop')).toBe('tour.json: stops: must hold at least one stop');
    expect(teacherWords('properties.city: must be a string')).toBe('city: must be a string.');
  });
});
