/**
 * The name of a part of the article (headline, paragraph, caption) as the passages and the article reader
 * label it.
 */
import type { QuotablePart } from '../story/passages.ts';

/** Where a part stands in the article, said to a reader: "Paragraph 2 of 12", "Photo caption 1". */
export function partLabel(part: QuotablePart, parts: readonly QuotablePart[]): string {
  switch (part.kind) {
    case 'headline':
      return 'Headline';
    case 'standfirst':
      return 'Standfirst';
    case 'caption':
      return `Photo caption ${part.number}`;
    case 'paragraph':
      return `Paragraph ${part.number} of ${parts.filter((p) => p.kind === 'paragraph').length}`;
  }
}
