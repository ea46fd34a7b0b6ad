/**
 * The story editor's one reducer: every change a teacher makes to the draft, pure and tested without a
 * DOM. It changes only the draft's data; the validator judges the files made from it (draft-files.ts).
 */
import { slug } from '../draft/draft-features.ts';
import { FLOW_KINDS, LAYER_IDS, PRECISIONS, type FlowKind, type Precision } from '../story/kinds.ts';
import { EMPTY_DRAFT, findItem, type DraftFlow, type DraftItem, type DraftPlace, type DraftState, type PlaceLayer } from './draft-model.ts';
import type { Proposals } from './proposals.ts';
import { stopFor } from './draft-stops.ts';
import { renameWord, type WordSlot } from './draft-words.ts';

/** The fields a teacher sets in a form: a place's or a flow's, as typed. */
export type DraftField = 'name' | 'label' | 'layer' | 'precision' | 'date' | 'endDate' | 'deaths' | 'note' | 'flow';

/** What a teacher does to the draft. */
export type DraftAction =
  | { type: 'set-text'; text: string }
  | { type: 'load-proposals'; proposals: Proposals; text?: string }
  | { type: 'select'; id: string | null }
  | { type: 'accept'; id: string }
  | { type: 'drop'; id: string }
  | { type: 'accept-all' }
  | { type: 'choose-candidate'; id: string; index: number }
  | { type: 'move'; id: string; coordinates: [number, number]; source?: string }
  | { type: 'set-field'; id: string; field: DraftField; value: string }
  | { type: 'link'; id: string; sentence: string }
  | { type: 'unlink'; id: string; sentence: string }
  | { type: 'add-place'; coordinates: [number, number]; name?: string; source?: string; precision?: Precision }
  | { type: 'add-flow'; from: string; to: string; flow: FlowKind; date: string }
  | { type: 'remove-flow'; id: string }
  | { type: 'move-stop'; key: string; by: -1 | 1 }
  | { type: 'add-stop'; part: string }
  | { type: 'set-word'; slot: WordSlot; key: string; value: string }
  | { type: 'remove-stop'; key: string }
  | { type: 'load-draft'; draft: DraftState }
  | { type: 'discard' };

/** An id not yet used by any place or flow of the draft: `base`, else `base-2`, `base-3`… */
function freeId(state: DraftState, base: string): string {
  const used = new Set([...state.places.map((place) => place.id), ...state.flows.map((flow) => flow.id)]);
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

function updatePlace(state: DraftState, id: string, change: (place: DraftPlace) => DraftPlace): DraftState {
  return { ...state, places: state.places.map((place) => (place.id === id ? change(place) : place)) };
}

function updateItem(state: DraftState, id: string, change: <T extends DraftItem>(item: T) => T): DraftState {
  if (state.flows.some((flow) => flow.id === id)) return { ...state, flows: state.flows.map((flow) => (flow.id === id ? change(flow) : flow)) };
  return updatePlace(state, id, change);
}

/** An optional field: left out when empty. */
function optional<T extends object, K extends keyof T>(item: T, key: K, value: T[K] | undefined): T {
  const { [key]: _dropped, ...rest } = item;
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}

function setField(item: DraftItem, field: DraftField, value: string): DraftItem {
  const trimmed = value.trim();
  // A place's map label follows its name where it was the name (as a place added by hand starts).
  if (field === 'name') return item.kind === 'place' && item.label === item.name.slice(0, 32) ? { ...item, name: value, label: value.slice(0, 32) } : { ...item, name: value };
  if (field === 'date' && item.kind === 'flow') return { ...item, date: trimmed };
  if (field === 'date' || field === 'endDate') return optional(item as DraftItem & { endDate?: string }, field, trimmed || undefined);
  if (item.kind === 'flow') return field === 'flow' && (FLOW_KINDS as readonly string[]).includes(value) ? { ...item, flow: value as FlowKind } : item;
  if (field === 'label') return { ...item, label: value };
  if (field === 'note') return optional(item, 'note', trimmed === '' ? undefined : value);
  if (field === 'layer' && value !== 'flows' && (LAYER_IDS as readonly string[]).includes(value)) return { ...item, layer: value as PlaceLayer };
  if (field === 'precision' && (PRECISIONS as readonly string[]).includes(value)) return { ...item, precision: value as DraftPlace['precision'] };
  if (field === 'deaths') {
    const deaths = trimmed === '' ? undefined : Number(trimmed);
    return optional(item, 'deaths', deaths !== undefined && Number.isFinite(deaths) ? deaths : undefined);
  }
  return item;
}

function addPlace(state: DraftState, { coordinates, name, source, precision }: Extract<DraftAction, { type: 'add-place' }>): DraftState {
  const number = state.places.filter((place) => place.source === 'Placed by hand in the story editor').length + 1;
  const title = name ?? `New place ${number}`;
  const place: DraftPlace = {
    kind: 'place',
    id: freeId(state, slug(title)),
    status: 'accepted',
    name: title,
    label: title.slice(0, 32),
    layer: 'context',
    coordinates,
    precision: precision ?? 'site',
    source: source ?? 'Placed by hand in the story editor',
    passage: [],
    candidates: [],
  };
  return { ...state, places: [...state.places, place], selectedId: place.id };
}

function addFlow(state: DraftState, from: string, to: string, flow: FlowKind, date: string): DraftState {
  const start = state.places.find((place) => place.id === from);
  const end = state.places.find((place) => place.id === to);
  if (!start || !end || from === to) return state;
  const shared = start.passage.filter((quote) => end.passage.includes(quote));
  const line: DraftFlow = {
    kind: 'flow',
    id: freeId(state, `${from}-to-${to}`.slice(0, 72)),
    name: `${start.label || start.name} to ${end.label || end.name}`,
    from,
    to,
    flow,
    date,
    passage: shared,
  };
  return { ...state, flows: [...state.flows, line], selectedId: line.id };
}

/** Quotes in the order the article has them (a quote it lacks, last): a passage reads as the article does. */
function inArticleOrder(state: DraftState, quotes: string[]): string[] {
  const order = new Map(state.sentences.map((sentence, index) => [sentence.text, index]));
  return [...quotes].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
}

function moveStop(state: DraftState, key: string, by: -1 | 1): DraftState {
  const index = state.stops.findIndex((stop) => stop.key === key);
  const other = index + by;
  const stop = state.stops[index];
  const swapped = state.stops[other];
  if (!stop || !swapped) return state;
  const stops = [...state.stops];
  stops[index] = swapped;
  stops[other] = stop;
  return { ...state, stops };
}

/** The one reducer of the draft. */
export function draftReducer(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'set-text':
      return { ...state, articleText: action.text };
    case 'load-proposals':
      return {
        ...state,
        ...action.proposals,
        // The words the teacher gave the layers and lines stay: they name the story, not its places.
        article: action.proposals.article && state.article?.words ? { ...action.proposals.article, words: state.article.words } : action.proposals.article,
        flows: [],
        selectedId: null,
        ...(action.text !== undefined && { foundText: action.text }),
      };
    case 'select':
      return { ...state, selectedId: action.id };
    case 'accept':
    case 'drop':
      return updatePlace(state, action.id, (place) => ({ ...place, status: action.type === 'accept' ? 'accepted' : 'dropped' }));
    case 'accept-all':
      return { ...state, places: state.places.map((place) => (place.status === 'proposed' ? { ...place, status: 'accepted' } : place)) };
    case 'choose-candidate':
      return updatePlace(state, action.id, (place) => {
        const chosen = place.candidates[action.index];
        return chosen ? { ...place, coordinates: [chosen.lon, chosen.lat], source: chosen.source, precision: chosen.kind } : place;
      });
    case 'move':
      return updatePlace(state, action.id, (place) => ({ ...place, coordinates: action.coordinates, source: action.source ?? 'Placed by hand in the story editor' }));
    case 'set-field':
      return updateItem(state, action.id, (item) => setField(item, action.field, action.value) as typeof item);
    case 'link':
      return updateItem(state, action.id, (item) => (item.passage.includes(action.sentence) ? item : { ...item, passage: inArticleOrder(state, [...item.passage, action.sentence]) }));
    case 'unlink':
      return updateItem(state, action.id, (item) => ({ ...item, passage: item.passage.filter((quote) => quote !== action.sentence) }));
    case 'add-place':
      return addPlace(state, action);
    case 'add-flow':
      return addFlow(state, action.from, action.to, action.flow, action.date);
    case 'remove-flow':
      return { ...state, flows: state.flows.filter((flow) => flow.id !== action.id), selectedId: state.selectedId === action.id ? null : state.selectedId };
    case 'move-stop':
      return moveStop(state, action.key, action.by);
    case 'add-stop':
      return { ...state, stops: [...state.stops, stopFor(state, action.part)] };
    case 'set-word':
      return renameWord(state, action.slot, action.key, action.value);
    case 'remove-stop':
      return { ...state, stops: state.stops.filter((stop) => stop.key !== action.key) };
    case 'load-draft':
      return action.draft;
    case 'discard':
      return EMPTY_DRAFT;
  }
}

/** The item being edited, if any. */
export const selectedItem = (state: DraftState) => findItem(state, state.selectedId);
