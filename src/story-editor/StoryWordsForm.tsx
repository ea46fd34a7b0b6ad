/**
 * The story's own words for its layers and kinds of flow (story/story-words.ts), as a teacher names
 * them: each layer by its symbol ("red circles") and each kind by its line ("dashed line"), with what
 * the key, the layer toggles and the passage will call them. A drafted story starts from plain words.
 */
import type { Dispatch } from 'react';
import { FLOW_KINDS, LAYER_IDS, type FlowKind, type LayerId } from '../story/kinds.ts';
import { PLAIN_WORDS, wordsOf, type Words } from '../story/story-words.ts';
import { MAX_WORD_LENGTH } from '../story/plain-text.ts';
import type { DraftState } from './draft-model.ts';
import type { DraftAction } from './draft-reducer.ts';
import type { WordSlot } from './draft-words.ts';

/** Each point layer's symbol, and each kind's line, in words (ui/symbols.ts draws them). */
export const SYMBOL_WORDS: Readonly<Record<Exclude<LayerId, 'flows'>, string>> = { attacks: 'red circles', strongholds: 'black squares', networks: 'purple diamonds', context: 'blue triangles' };
export const LINE_WORDS: Readonly<Record<FlowKind, string>> = { travel: 'solid line', funding: 'dotted line', recruitment: 'dashed line', return: 'dash-dot line' };

const POINT_LAYERS = LAYER_IDS.filter((layer): layer is Exclude<LayerId, 'flows'> => layer !== 'flows');

/** The draft's words (the plain ones where it has none), and its layers and kinds as choices: "Stations (red circles)". */
export function draftWords(state: DraftState): { words: Words; layerChoices: Record<string, string>; flowChoices: Record<string, string> } {
  const words = wordsOf(state.article?.words ?? PLAIN_WORDS);
  return {
    words,
    layerChoices: Object.fromEntries(POINT_LAYERS.map((layer) => [layer, `${words.layers[layer].plural} (${SYMBOL_WORDS[layer]})`])),
    flowChoices: Object.fromEntries(FLOW_KINDS.map((kind) => [kind, `${words.flows[kind]} (${LINE_WORDS[kind]})`])),
  };
}

/** One word to name. */
function WordField({ id, label, value, slot, name, dispatch }: { id: string; label: string; value: string; slot: WordSlot; name: string; dispatch: Dispatch<DraftAction> }) {
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={MAX_WORD_LENGTH} onChange={(event) => dispatch({ type: 'set-word', slot, key: name, value: event.target.value })} />
    </div>
  );
}

/** The form: a layer's name and one of its features, for each layer; a name for each kind of flow. */
export function StoryWordsForm({ state, dispatch }: { state: DraftState; dispatch: Dispatch<DraftAction> }) {
  const { words } = draftWords(state);
  return (
    <details className="draft-list story-words">
      <summary className="story-words-summary">Names of the layers and lines</summary>
      <p className="story-help">What the map’s key, its layer switches and each passage call the story’s places and lines.</p>
      {POINT_LAYERS.map((layer) => (
        <fieldset key={layer} className="story-words-layer">
          <legend>Places drawn as {SYMBOL_WORDS[layer]}</legend>
          <WordField id={`words-${layer}`} label="Layer name" value={words.layers[layer].plural} slot="layer" name={layer} dispatch={dispatch} />
          <WordField id={`words-${layer}-one`} label="One of them" value={words.layers[layer].singular} slot="layer-one" name={layer} dispatch={dispatch} />
        </fieldset>
      ))}
      <fieldset className="story-words-layer">
        <legend>Lines from place to place</legend>
        <WordField id="words-flows" label="Layer name" value={words.layers.flows.plural} slot="layer" name="flows" dispatch={dispatch} />
        <WordField id="words-flows-one" label="One of them" value={words.layers.flows.singular} slot="layer-one" name="flows" dispatch={dispatch} />
        {FLOW_KINDS.map((kind) => (
          <WordField key={kind} id={`words-flow-${kind}`} label={`Drawn as a ${LINE_WORDS[kind]}`} value={words.flows[kind]} slot="flow" name={kind} dispatch={dispatch} />
        ))}
      </fieldset>
    </details>
  );
}
