/**
 * The article as plain text and back, for the script that imports an article into `geo/article.json` and for
 * the data's checks.
 */
import type { Article, ArticlePart } from './schema.ts';

const BLOCK_SEPARATOR = '\n\n';

/** Joins the article's parts back into the plain text they were split from. */
export function articleToText(article: Article): string {
  const body = article.parts.map((part) =>
    part.type === 'photo' ? `${part.caption}\n${part.credit}` : part.text,
  );
  return [article.kicker, article.headline, article.standfirst, ...body].join(BLOCK_SEPARATOR);
}

/** Splits plain text into kicker, headline, standfirst, captions and paragraphs (see import-article). */
export function splitArticleText(text: string): Article {
  // A file's closing line break (an editor adds one) ends no block: the last paragraph is no photo with an empty credit.
  const [kicker = '', headline = '', standfirst = '', ...body] = text
    .replace(/\r\n/g, '\n')
    .replace(/\s+$/, '')
    .split(BLOCK_SEPARATOR);
  let paragraphs = 0;
  let photos = 0;
  const parts = body.map((block): ArticlePart => {
    const lines = block.split('\n');
    if (lines.length === 2) {
      photos += 1;
      return { type: 'photo', id: `photo-${photos}`, caption: lines[0] ?? '', credit: lines[1] ?? '' };
    }
    paragraphs += 1;
    return { type: 'paragraph', id: `p${paragraphs}`, text: block };
  });
  return { kicker, headline, standfirst, parts };
}
