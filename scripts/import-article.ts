/**
 * Splits a plain-text article into `geo/article.json`.
 *
 * The text is read as blocks separated by blank lines: the kicker, the headline, the standfirst, then
 * the body. A body block of two lines is a photo caption followed by its credit; any other block is a
 * paragraph. Usage: `npm run import-article -- path/to/article.txt [geo/article.json]`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { splitArticleText } from '../src/story/article-text.ts';

const [source, target = 'geo/article.json'] = process.argv.slice(2);
if (!source) {
  console.error('usage: npm run import-article -- <article.txt> [geo/article.json]');
  process.exit(2);
}
const { kicker, headline, standfirst, parts } = splitArticleText(readFileSync(source, 'utf8'));
// What the text does not say (when it was published, and how that is known) is kept from the file it replaces.
const kept = existsSync(target) ? (JSON.parse(readFileSync(target, 'utf8')) as { published?: string; publishedSource?: string }) : {};
const article = { kicker, headline, standfirst, published: kept.published, publishedSource: kept.publishedSource, parts };
writeFileSync(target, `${JSON.stringify(article, null, 2)}\n`);
console.log(`${target}: ${article.parts.length} parts`);
