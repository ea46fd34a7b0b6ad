/**
 * Validates a whole story folder at once: the article, then every layer file against the schema, the
 * RFC 7946 rules, unique ids, verbatim quotes and coverage of the article. It never throws: every
 * problem comes back with its file, its feature and what is wrong.
 */
import * as v from 'valibot';
import { finishInSlices, nextTurn } from '../ui/time-slice.ts';
import type { Problem } from './problems.ts';
import { geometryProblems } from './geometry-rules.ts';
import { dateProblems } from './date-rules.ts';
import { quotableParts, type QuotablePart } from './passages.ts';
import { ArticleSchema, CollectionSchema, FeatureSchema, GeometrySchema, LAYER_IDS, type Article, type LayerId, type StoryFeature, type Tour } from './schema.ts';
import { ARTICLE_FILE, TOUR_FILE, layerFile } from './story-files.ts';
import { hasCrs, issueMessages, parseFile } from './parse-file.ts';
import { datesOf, quoteProblems, readTour } from './validate-tour.ts';

export { validateTour } from './validate-tour.ts';

export { ARTICLE_FILE, TOUR_FILE, layerFile } from './story-files.ts';

/** A story that passed validation, ready to draw. */
export interface Story {
  article: Article;
  parts: QuotablePart[];
  layers: { id: LayerId; features: StoryFeature[] }[];
  features: StoryFeature[];
  /** The guided tour, if the story has one. */
  tour: Tour | null;
}

export type ValidationResult = { ok: true; story: Story } | { ok: false; problems: Problem[] };
export { formatProblem, type Problem } from './problems.ts';

function describeFeature(raw: unknown, index: number): string {
  const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 80 ? `"${id}"` : `#${index + 1} (no valid id)`;
}


function readArticle(files: Readonly<Record<string, string>>, path: string, problems: Problem[]): Article | undefined {
  const text = files[ARTICLE_FILE];
  if (text === undefined) {
    problems.push({ file: path, message: 'the file is missing' });
    return undefined;
  }
  return parseFile(text, path, ArticleSchema, problems);
}

function readFeature(raw: unknown, layer: LayerId, file: string, index: number, problems: Problem[]): StoryFeature | undefined {
  const feature = describeFeature(raw, index);
  const problemsBefore = problems.length;
  const report = (message: string) => problems.push({ file, feature, message });
  if (hasCrs(raw) || hasCrs((raw as { geometry?: unknown } | null)?.geometry)) {
    report('crs: RFC 7946 removed the "crs" member; coordinates are always WGS 84 [longitude, latitude]');
  }
  const result = v.safeParse(FeatureSchema, raw);
  if (!result.success) {
    issueMessages(result.issues).forEach(report);
    // A feature wrong in its properties may be wrong in its geometry too: say so now, not on the next run.
    const geometry = v.safeParse(GeometrySchema, (raw as { geometry?: unknown } | null)?.geometry);
    if (geometry.success) geometryProblems(geometry.output, layer).forEach(report);
    return undefined;
  }
  const { geometry, properties } = result.output;
  geometryProblems(geometry, layer).forEach(report);
  if (properties.layer !== layer) report(`properties.layer: is "${properties.layer}" but the feature is in ${layerFile(layer)}`);
  if (layer === 'flows' && properties.flow === undefined) report('properties.flow: a flow needs its kind');
  if (layer !== 'flows' && properties.flow !== undefined) report('properties.flow: only flows have a flow kind');
  dateProblems(properties).forEach(report);
  return problems.length > problemsBefore ? undefined : result.output;
}

/**
 * Ids and quotes of features as written, valid or not: one broken feature must not hide a duplicate
 * id, nor leave its paragraph reported as uncovered.
 */
interface RawSeen {
  ids: { id: string; layer: LayerId }[];
  quotes: string[];
  /** Each feature's quotes, checked against the article even when the rest of the feature is wrong. */
  passages: { file: string; feature: string; quotes: string[] }[];
}

function rawId(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}

function rawQuotes(raw: unknown): string[] {
  const passage = (raw as { properties?: { passage?: unknown } } | null)?.properties?.passage;
  return Array.isArray(passage) ? passage.filter((quote): quote is string => typeof quote === 'string' && quote.length > 0) : [];
}

function* readLayer(
  files: Readonly<Record<string, string>>,
  folder: string,
  layer: LayerId,
  problems: Problem[],
  seen: RawSeen,
): Generator<void, StoryFeature[]> {
  const file = `${folder}${layerFile(layer)}`;
  const text = files[layerFile(layer)];
  if (text === undefined) {
    problems.push({ file, message: 'the file is missing' });
    return [];
  }
  const collection = parseFile(text, file, CollectionSchema, problems);
  if (!collection) return [];
  collection.features.forEach((raw, index) => {
    const quotes = rawQuotes(raw);
    seen.quotes.push(...quotes);
    seen.passages.push({ file, feature: describeFeature(raw, index), quotes });
    const id = rawId(raw);
    if (id !== undefined) seen.ids.push({ id, layer });
  });
  const features: StoryFeature[] = [];
  for (const [index, raw] of collection.features.entries()) {
    yield;
    const feature = readFeature(raw, layer, file, index, problems);
    if (feature) features.push(feature);
  }
  return features;
}


/**
 * Validates the files of a story folder, given as file name -> text. `folder` only prefixes the file
 * names in problems (`geo/`).
 */
export function validateStory(files: Readonly<Record<string, string>>, folder = ''): ValidationResult {
  const steps = validationSteps(files, folder);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same validation, a few milliseconds at a time with the page given a turn in between: all at
 * once, it is a task of about 60 ms on a slow phone (4x CPU), long enough to delay a tap.
 */
export function validateStoryInSlices(
  files: Readonly<Record<string, string>>,
  folder = '',
  sliceMs = 4,
  pageTurn: () => Promise<void> = nextTurn,
): Promise<ValidationResult> {
  return finishInSlices(validationSteps(files, folder), sliceMs, pageTurn);
}

/** The validation as steps: it yields between files and between features, where it may pause. */
function* validationSteps(files: Readonly<Record<string, string>>, folder: string): Generator<void, ValidationResult> {
  const problems: Problem[] = [];
  const article = readArticle(files, `${folder}${ARTICLE_FILE}`, problems);
  const seen: RawSeen = { ids: [], quotes: [], passages: [] };
  const layers: { id: LayerId; features: StoryFeature[] }[] = [];
  for (const id of LAYER_IDS) {
    yield;
    layers.push({ id, features: yield* readLayer(files, folder, id, problems, seen) });
  }
  const features = layers.flatMap((layer) => layer.features);
  yield;

  const firstLayerOf = new Map<string, LayerId>();
  for (const { id, layer } of seen.ids) {
    const other = firstLayerOf.get(id);
    if (other !== undefined) {
      problems.push({ file: `${folder}${layerFile(layer)}`, feature: `"${id}"`, message: `id: "${id}" is used twice (also in ${layerFile(other)})` });
    } else {
      firstLayerOf.set(id, layer);
    }
  }

  const tourPath = `${folder}${TOUR_FILE}`;
  const layerOf = new Map(seen.ids.map((entry) => [entry.id, entry.layer]));
  const dateOf = datesOf(features);
  if (!article) {
    readTour(files, tourPath, null, layerOf, dateOf, problems);
    return { ok: false, problems };
  }
  const parts = quotableParts(article);
  yield;
  const tour = readTour(files, tourPath, parts, layerOf, dateOf, problems);
  for (const { file, feature, quotes } of seen.passages) {
    yield;
    for (const message of quoteProblems(parts, quotes)) problems.push({ file, feature, message });
  }
  yield;
  for (const part of parts) {
    if (part.kind !== 'paragraph' && part.kind !== 'caption') continue;
    if (!seen.quotes.some((quote) => part.text.includes(quote))) {
      problems.push({
        file: `${folder}${ARTICLE_FILE}`,
        message: `${part.kind} ${part.number} (${part.id}) is not the passage of any feature: quote at least one of its sentences`,
      });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, story: { article, parts, layers, features, tour } };
}
