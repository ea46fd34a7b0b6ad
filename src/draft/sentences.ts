/**
 * The article's sentences, word for word as the article has them (the validator checks every quote
 * verbatim), each with the part it stands in. The NLP (compromise) decides where sentences end, so that
 * "U.S. President" does not end one.
 */
import nlp from 'compromise';
import { quotableParts, type QuotablePart } from '../story/passages.ts';
import type { Article } from '../story/schema.ts';

export interface Sentence {
  text: string;
  /** The part's id: `headline`, `standfirst`, `p3`, `photo-1`. */
  part: string;
  kind: 'headline' | 'standfirst' | 'paragraph' | 'caption';
}

/** Splits one text into its sentences, each trimmed and a verbatim slice of the text. */
export function splitSentences(text: string): string[] {
  return nlp(text)
    .sentences()
    .json({ offset: true })
    .map(({ offset }: { offset: { start: number; length: number } }) => text.slice(offset.start, offset.start + offset.length).trim())
    .filter((sentence: string) => sentence.length > 0);
}

/** The sentences of one part of the article. */
export function partSentences(part: QuotablePart): Sentence[] {
  return splitSentences(part.text).map((text) => ({ text, part: part.id, kind: part.kind }));
}

/** Every sentence of the headline, standfirst, paragraphs and captions, in reading order. */
export function articleSentences(article: Article): Sentence[] {
  return quotableParts(article).flatMap(partSentences);
}
