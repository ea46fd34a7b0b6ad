import { describe, expect, it } from 'vitest';
import { articleToText, splitArticleText } from './article-text.ts';

const TEXT = 'Travel\n\nThe Night Trains Are Back\n\nA slow revival\n\nPassengers board a train in Vienna.\nExample Photo Agency\n\nThe train waits at Brest.\n\nNot every route has come back.';

describe('the plain text of an article', () => {
  it('splits into kicker, headline, standfirst, photos (a caption and its credit) and paragraphs, and joins back', () => {
    const article = splitArticleText(TEXT);
    expect([article.kicker, article.headline, article.standfirst]).toEqual(['Travel', 'The Night Trains Are Back', 'A slow revival']);
    expect(article.parts.map((part) => part.type)).toEqual(['photo', 'paragraph', 'paragraph']);
    expect(articleToText(article)).toBe(TEXT);
  });

  it('takes a closing line break, or Windows line ends, for nothing: the last paragraph stays a paragraph', () => {
    expect(splitArticleText(`${TEXT}\n`)).toEqual(splitArticleText(TEXT));
    expect(splitArticleText(`${TEXT.replace(/\n/g, '\r\n')}\r\n\r\n`)).toEqual(splitArticleText(TEXT));
  });
});
