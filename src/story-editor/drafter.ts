/**
 * The drafter in the page: the NLP (compromise), the drafter and the gazetteer (470 KB), loaded by
 * dynamic import the first time the editor needs them, never with the reader's page.
 */
import type { Candidate, DraftSentence } from './draft-model.ts';
import type { Article } from '../story/schema.ts';
import type { Proposals } from './proposals.ts';

/** What the editor asks of the drafter once it has loaded. */
export interface Drafter {
  /** Splits the article text and proposes its places, a few milliseconds at a time. */
  findPlaces(text: string): Promise<Proposals>;
  /** The gazetteer's places whose name starts with `query`. */
  search(query: string): Candidate[];
  /** The article's sentences, split as Find places splits them (a story opened to edit). */
  sentencesOf(article: Article): DraftSentence[];
}

let loading: Promise<Drafter> | undefined;

async function load(): Promise<Drafter> {
  const [{ draftStoryInSlices }, { createGazetteer }, { splitArticleText }, { proposalsOf }, { searchGazetteer }, { articleSentences }, raw] = await Promise.all([
    import('../draft/draft-story.ts'),
    import('../draft/gazetteer.ts'),
    import('../story/article-text.ts'),
    import('./proposals.ts'),
    import('./search-gazetteer.ts'),
    import('../draft/sentences.ts'),
    import('../draft/gazetteer.json?raw').then((module) => module.default),
  ]);
  const data = JSON.parse(raw) as import('../draft/gazetteer.ts').GazetteerData;
  const gazetteer = createGazetteer(data);
  return {
    async findPlaces(text) {
      const article = splitArticleText(text);
      return proposalsOf(article, await draftStoryInSlices(article, gazetteer), gazetteer);
    },
    search: (query) => searchGazetteer(data, gazetteer, query),
    sentencesOf: (article) => articleSentences(article).map(({ text, part }) => ({ text, part })),
  };
}

/** The drafter, loaded once; a failed load may be tried again. */
export function loadDrafter(): Promise<Drafter> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
