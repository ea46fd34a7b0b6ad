/**
 * `npm run draft-story -- <article.txt> <folder>`: drafts a story folder from a plain-text article (read
 * as import-article reads it): article.json, the layers with a Point for each place the article names,
 * a tour, and `draft-report.txt`, which it also prints: what it could not decide.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatReport } from '../src/draft/draft-report.ts';
import { draftStory } from '../src/draft/draft-story.ts';
import { createGazetteer, type GazetteerData } from '../src/draft/gazetteer.ts';
import { splitArticleText } from '../src/story/article-text.ts';

/** The report's file: not JSON, so the validator and the loader leave it alone. */
const REPORT_FILE = 'draft-report.txt';
const GAZETTEER = new URL('../src/draft/gazetteer.json', import.meta.url);

const [source, folder] = process.argv.slice(2);
if (!source || !folder) {
  console.error('usage: npm run draft-story -- <article.txt> <folder>');
  process.exit(2);
}
const gazetteer = createGazetteer(JSON.parse(readFileSync(GAZETTEER, 'utf8')) as GazetteerData);
const draft = draftStory(splitArticleText(readFileSync(source, 'utf8')), gazetteer);
mkdirSync(folder, { recursive: true });
for (const [name, text] of Object.entries(draft.files)) writeFileSync(join(folder, name), text);
const report = formatReport(draft.report);
writeFileSync(join(folder, REPORT_FILE), report);
console.log(report);
console.log(`${folder}: ${draft.features.length} places drafted; check it with npm run validate -- ${folder}`);
