/** A paragraph with its quoted sentences highlighted, for the passage panel and the tour's quoted parts. */
import { markQuotes } from '../story/passages.ts';

/** Text with the quoted sentences inside `<mark>`; always rendered as text, never as HTML. */
export function MarkedText({ text, quotes }: { text: string; quotes: readonly string[] }) {
  return markQuotes(text, quotes).map((segment, i) =>
    segment.marked ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>,
  );
}
