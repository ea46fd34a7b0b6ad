/**
 * The draft tour's stops as they stand now: a stop is a paragraph of the article, and it shows what
 * the story links to that paragraph's sentences today (a place accepted or added after Find places, a
 * flow drawn), quoting those sentences, titled by their names. The paragraphs that could be stops and
 * are not yet. Pure.
 */
import { MAX_NAME_LENGTH } from '../story/plain-text.ts';
import type { DraftItem, DraftState, DraftStop } from './draft-model.ts';

/** A stop as the tour will show it: its paragraph, title, features and passage. */
export interface LiveStop {
  key: string;
  part: string;
  title: string;
  features: string[];
  passage: string[];
}

/** A paragraph that no stop shows yet, and what a stop of it would show. */
export interface OpenParagraph {
  part: string;
  title: string;
}

/** `p3` → 3; other parts (headline, captions) are not paragraphs. */
function paragraphNumber(part: string): number | null {
  const match = /^p(\d+)$/.exec(part);
  return match ? Number(match[1]) : null;
}

/** The paragraph a stop stands for: its own, else that of the first sentence it quotes. */
export function partOfStop(state: DraftState, stop: DraftStop): string | null {
  if (stop.part) return stop.part;
  const first = stop.passage[0];
  return state.sentences.find((sentence) => sentence.text === first)?.part ?? null;
}

function shortened(title: string): string {
  return title.length <= MAX_NAME_LENGTH ? title : `${title.slice(0, MAX_NAME_LENGTH - 1)}…`;
}

/** What the story holds of one paragraph: the accepted places and the flows that quote it, and the quotes. */
function ofParagraph(state: DraftState, part: string): { items: DraftItem[]; passage: string[] } {
  const texts = state.sentences.filter((sentence) => sentence.part === part).map((sentence) => sentence.text);
  const quoted = new Set(texts);
  const items = [...state.places.filter((place) => place.status === 'accepted'), ...state.flows].filter((item) => item.passage.some((quote) => quoted.has(quote)));
  const linked = new Set(items.flatMap((item) => item.passage));
  return { items, passage: texts.filter((text) => linked.has(text)) };
}

/** "Paragraph 3: Geneva, Lausanne": its places' names, each once (a flow's only where it links no place). */
function titleOf(part: string, items: readonly DraftItem[]): string {
  const places = items.filter((item) => item.kind === 'place');
  const names = [...new Set((places.length > 0 ? places : items).map((item) => (item.kind === 'place' ? item.label || item.name : item.name)))].join(', ');
  return shortened(`Paragraph ${paragraphNumber(part) ?? part}: ${names}`);
}

/** Each stop as it stands: a stop of a paragraph with nothing linked to it any more shows nothing (and is left out of the files). */
export function liveStops(state: DraftState): LiveStop[] {
  return state.stops.map((stop) => {
    const part = partOfStop(state, stop);
    if (part === null) return { key: stop.key, part: '', title: stop.title, features: stop.features, passage: stop.passage };
    const { items, passage } = ofParagraph(state, part);
    return { key: stop.key, part, title: items.length > 0 ? titleOf(part, items) : stop.title, features: items.map((item) => item.id), passage };
  });
}

/** The paragraphs that link something of the story and have no stop yet, in the article's order. */
export function openParagraphs(state: DraftState): OpenParagraph[] {
  const taken = new Set(state.stops.map((stop) => partOfStop(state, stop)));
  const parts = [...new Set(state.sentences.map((sentence) => sentence.part))].filter((part) => paragraphNumber(part) !== null && !taken.has(part));
  return parts.flatMap((part) => {
    const { items } = ofParagraph(state, part);
    return items.length > 0 ? [{ part, title: titleOf(part, items) }] : [];
  });
}

/** A new stop for `part`, keyed apart from the others. */
export function stopFor(state: DraftState, part: string): DraftStop {
  const used = new Set(state.stops.map((stop) => stop.key));
  let n = state.stops.length + 1;
  while (used.has(`stop-${n}`)) n += 1;
  return { key: `stop-${n}`, part, title: `Paragraph ${paragraphNumber(part) ?? part}`, features: [], passage: [] };
}
