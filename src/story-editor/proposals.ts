/**
 * The drafter's output as the editor's proposals: each drafted feature a place to accept or drop, with
 * the gazetteer's other candidates for its name; the drafted tour as stops to reorder. Pure.
 */
import type { Draft } from '../draft/draft-story.ts';
import type { Gazetteer, Place } from '../draft/gazetteer.ts';
import type { Article, Tour } from '../story/schema.ts';
import { TOUR_FILE } from '../story/story-files.ts';
import { withPlainWords } from '../story/story-words.ts';
import { draftPlaceOf } from './draft-of-story.ts';
import type { Candidate, DraftPlace, DraftSentence, DraftState } from './draft-model.ts';

/** What "Find places" gives the draft. */
export type Proposals = Pick<DraftState, 'article' | 'sentences' | 'places' | 'stops' | 'unknown'>;

/** The most candidates offered for one name. */
export const MAX_CANDIDATES = 6;

/** A gazetteer place as a candidate. */
export function candidateOf(place: Place): Candidate {
  return { name: place.name, country: place.country, kind: place.kind, lon: place.lon, lat: place.lat, source: place.source };
}

function placeOf(feature: Draft['features'][number], gazetteer: Gazetteer, reasons: ReadonlyMap<string, string>): DraftPlace | [] {
  const place = draftPlaceOf(feature, 'proposed');
  if (!place) return [];
  // A place put at its city (a note says so) has no candidates of its own: its name is not in the gazetteer.
  const key = feature.properties.label ?? feature.properties.name;
  const candidates = feature.properties.note ? [] : gazetteer.lookup(key).slice(0, MAX_CANDIDATES).map(candidateOf);
  const reason = candidates.length > 1 ? reasons.get(key) : undefined;
  return { ...place, candidates: candidates.length > 1 ? candidates : [], ...(reason !== undefined && { reason }) };
}

/** The proposals of a draft of `article`. */
export function proposalsOf(article: Article, draft: Draft, gazetteer: Gazetteer): Proposals {
  const tourText = draft.files[TOUR_FILE];
  const tour = tourText === undefined ? null : (JSON.parse(tourText) as Tour);
  const reasons = new Map(draft.report.ambiguous.map(({ name, reason }) => [name, reason]));
  return {
    article: withPlainWords(article),
    sentences: draft.sentences.map(({ text, part }): DraftSentence => ({ text, part })),
    places: draft.features.flatMap((feature) => placeOf(feature, gazetteer, reasons)),
    stops: (tour?.stops ?? []).map((stop, index) => ({ key: `stop-${index + 1}`, title: stop.title, features: stop.features, passage: stop.passage })),
    unknown: draft.report.unknown,
  };
}
