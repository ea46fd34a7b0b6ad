/**
 * Splits a part of the article into runs of plain text and quoted sentences, one run per quote (unlike
 * `markQuotes`, which merges touching quotes), so that each quoted sentence can be its own control.
 */

/** A run of text; `quote` is set when the run is a quoted sentence. */
export interface QuoteRun {
  text: string;
  quote?: string;
}

export function quoteRuns(text: string, quotes: readonly string[]): QuoteRun[] {
  const ranges = [...new Set(quotes)]
    .flatMap((quote) => {
      const at = quote ? text.indexOf(quote) : -1;
      return at === -1 ? [] : [{ start: at, end: at + quote.length, quote }];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: QuoteRun[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    if (range.start > cursor) runs.push({ text: text.slice(cursor, range.start) });
    runs.push({ text: range.quote, quote: range.quote });
    cursor = range.end;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor) });
  return runs;
}
