/**
 * The article's sentences, for picking a tour stop's passage: a passage is chosen from these, never
 * typed, so that it stays a verbatim quote. Only sentences found once in the article are offered (a
 * quote must occur once).
 */
import { countOccurrences, type QuotablePart } from '../story/passages.ts';

/** One sentence of the article and where it stands. */
export interface ArticleSentence {
  text: string;
  /** Where it stands, said to a reader: "Paragraph 3", "Headline". */
  where: string;
}

/**
 * Where a sentence splitter sees an end that is not one: "U.S. President", "Mr. Trump". The end of a
 * run of initials or of a title, followed by more of the same sentence.
 */
const NOT_AN_END = /(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|Gov|Prof|Jr|Sr)\.)\s*$/;

function where(part: QuotablePart): string {
  if (part.kind === 'paragraph') return `Paragraph ${part.number}`;
  if (part.kind === 'caption') return `Photo caption ${part.number}`;
  return part.kind === 'headline' ? 'Headline' : 'Standfirst';
}

/** Splits one text into sentences, as written (Intl.Segmenter, with abbreviations mended). */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const last = sentences.length - 1;
    if (last >= 0 && NOT_AN_END.test(sentences[last] ?? '')) sentences[last] += segment;
    else sentences.push(segment);
  }
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** Every sentence of the article that occurs once in it, in reading order. */
export function articleSentences(parts: readonly QuotablePart[]): ArticleSentence[] {
  return parts.flatMap((part) =>
    splitSentences(part.text)
      .filter((sentence) => parts.reduce((sum, other) => sum + countOccurrences(other.text, sentence), 0) === 1)
      .map((text) => ({ text, where: where(part) })),
  );
}
