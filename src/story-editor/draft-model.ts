/**
 * What the story editor holds: the article as typed, its sentences, the places the drafter proposed
 * (and the teacher's own), the flows drawn between them and the tour's stops. Plain data, kept in the
 * browser as it is (draft-storage.ts) and turned into the story folder's files by draft-files.ts.
 */
import type { Article, FlowKind, LayerId, Precision } from '../story/schema.ts';

/** A sentence of the article, word for word, and the part it stands in (`p3`, `headline`). */
export interface DraftSentence {
  text: string;
  part: string;
}

/** A place a name may be, from the gazetteer. */
export interface Candidate {
  name: string;
  /** ISO 3166-1 alpha-2 code of its country. */
  country: string;
  kind: 'city' | 'country' | 'region';
  lon: number;
  lat: number;
  source: string;
}

/** Where a proposal stands: proposed by the drafter, accepted into the story, or dropped from it. */
export type PlaceStatus = 'proposed' | 'accepted' | 'dropped';

/** The layers a point may be in: every layer but the flows'. */
export type PlaceLayer = Exclude<LayerId, 'flows'>;

/** A place of the draft; only accepted places go into the story's files. */
export interface DraftPlace {
  kind: 'place';
  id: string;
  status: PlaceStatus;
  name: string;
  label: string;
  layer: PlaceLayer;
  /** `[longitude, latitude]`, as GeoJSON has it. */
  coordinates: [number, number];
  precision: Precision;
  source: string;
  /** The sentences of the article that speak of it, word for word. */
  passage: string[];
  date?: string;
  /** Where it spans a time: its last day. */
  endDate?: string;
  /** The toll on record. */
  deaths?: number;
  note?: string;
  city?: string;
  /** The places its name may be, where the gazetteer knows more than one. */
  candidates: Candidate[];
  /** Why the drafter chose the place it did among the candidates ("nearest the article's other places…"). */
  reason?: string;
}

/** A flow drawn from one place to another; always in the story until removed. */
export interface DraftFlow {
  kind: 'flow';
  id: string;
  name: string;
  from: string;
  to: string;
  flow: FlowKind;
  date: string;
  endDate?: string;
  passage: string[];
}

/** Any feature of the draft: a place or a flow. */
export type DraftItem = DraftPlace | DraftFlow;

/**
 * A stop of the draft tour: a paragraph of the article (`part`; a stop drafted before stops had one
 * stands for the paragraph of its first quote). What it shows, its title and its camera are worked out
 * from what the story links to that paragraph (draft-stops.ts, draft-files.ts).
 */
export interface DraftStop {
  key: string;
  part?: string;
  title: string;
  features: string[];
  passage: string[];
}

/** The whole draft. */
export interface DraftState {
  version: 1;
  /** The article as pasted or opened, plain text. */
  articleText: string;
  /** The article as split when places were last found; `null` before. */
  article: Article | null;
  /** The text places were last found in: where the box holds another, the story still uses this one. */
  foundText?: string;
  sentences: DraftSentence[];
  places: DraftPlace[];
  flows: DraftFlow[];
  stops: DraftStop[];
  /** Names the drafter took for places but found no place for. */
  unknown: { name: string; sentence: string }[];
  /** The place or flow being edited. */
  selectedId: string | null;
}

/** An empty draft: no article yet. */
export const EMPTY_DRAFT: DraftState = {
  version: 1,
  articleText: '',
  article: null,
  sentences: [],
  places: [],
  flows: [],
  stops: [],
  unknown: [],
  selectedId: null,
};

/** The place or flow of `id`, if any. */
export function findItem(state: DraftState, id: string | null): DraftItem | undefined {
  if (id === null) return undefined;
  return state.places.find((place) => place.id === id) ?? state.flows.find((flow) => flow.id === id);
}
