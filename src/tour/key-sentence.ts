/** The one sentence a tour stop shows when even its quoted sentences alone do not fit the screen. */
import type { QuotablePart } from '../story/passages.ts';

/**
 * A tour stop's quotes cut to its key sentence, shown alone when its quoted sentences are too long for
 * the screen: the first of them from the article's text, not from a photo's caption (which tells of a
 * photo that the tour does not show), or the first of all when every one is a caption's.
 */
export function keySentenceOnly(quotes: readonly string[], parts: readonly QuotablePart[]): string[] {
  const inText = quotes.find((quote) => parts.some((part) => part.kind !== 'caption' && part.text.includes(quote)));
  const key = inText ?? quotes[0];
  return key === undefined ? [] : [key];
}
