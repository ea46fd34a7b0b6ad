/**
 * Drafts a story folder from an article: finds the places it names, resolves them against the gazetteer,
 * and gives back the folder's files (the article, the layers, the tour) and a report of what it could
 * not decide. Pure: the CLI (`scripts/draft-story.ts`) or a page writes the files.
 */
import { withPlainWords } from '../story/story-words.ts';
import { quotableParts, countOccurrences } from '../story/passages.ts';
import { LAYER_IDS, type Article, type StoryFeature } from '../story/schema.ts';
import { ARTICLE_FILE, TOUR_FILE, layerFile } from '../story/story-files.ts';
import { draftFeatures, type FoundIn } from './draft-features.ts';
import { draftReport, type DraftReport } from './draft-report.ts';
import { draftTour } from './draft-tour.ts';
import type { Gazetteer } from './gazetteer.ts';
import { findMentions } from './place-finder.ts';
import { resolvePlaces } from './resolver.ts';
import { partSentences, type Sentence } from './sentences.ts';
import { finishInSlices } from '../ui/time-slice.ts';

export interface Draft {
  /** The folder's files, name → text, as the validator takes them. */
  files: Record<string, string>;
  features: StoryFeature[];
  /** The article's sentences, word for word, as the drafter split them. */
  sentences: Sentence[];
  report: DraftReport;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function draftStory(article: Article, gazetteer: Gazetteer): Draft {
  const steps = draftSteps(article, gazetteer);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same draft, a few milliseconds at a time with the page given a turn in between (for the editor
 * in the page): the NLP takes a second or more over a long article.
 */
export function draftStoryInSlices(article: Article, gazetteer: Gazetteer, sliceMs?: number, pageTurn?: () => Promise<void>): Promise<Draft> {
  return finishInSlices(draftSteps(article, gazetteer), sliceMs, pageTurn);
}

/** The draft as steps: it yields between parts of the article and between sentences, where it may pause. */
function* draftSteps(article: Article, gazetteer: Gazetteer): Generator<void, Draft> {
  const parts = quotableParts(article);
  const sentences: Sentence[] = [];
  for (const part of parts) {
    yield;
    sentences.push(...partSentences(part));
  }
  const found: FoundIn[] = [];
  for (const sentence of sentences) {
    yield;
    found.push(...findMentions(sentence.text, gazetteer).map((mention) => ({ mention, part: sentence.part, sentence })));
  }
  const resolved = resolvePlaces(found, gazetteer);
  const isUnique = (quote: string) => parts.reduce((sum, part) => sum + countOccurrences(part.text, quote), 0) === 1;
  const features = draftFeatures(found, resolved, isUnique);
  const quotes = features.flatMap((feature) => feature.properties.passage);
  const uncovered = parts
    .filter((part) => (part.kind === 'paragraph' || part.kind === 'caption') && !quotes.some((quote) => part.text.includes(quote)))
    .map((part) => `${part.kind} ${part.number} (${part.id})`);
  const tour = draftTour(article.headline, sentences, features);
  // A story of another article is not told in this app's first story's words ("Attacks"): plain ones, for the teacher to rename.
  const files: Record<string, string> = { [ARTICLE_FILE]: json(withPlainWords(article)) };
  for (const layer of LAYER_IDS) {
    files[layerFile(layer)] = json({ type: 'FeatureCollection', features: features.filter((feature) => feature.properties.layer === layer) });
  }
  if (tour) files[TOUR_FILE] = json(tour);
  return { files, features, sentences, report: draftReport(found, resolved, features, uncovered) };
}
