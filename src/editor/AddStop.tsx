/**
 * The tour editor's form for a new stop: what the map shows now, the title, passage, question and notes, and
 * why a stop was not added.
 */
import { formatMonth } from '../story/format.ts';
import { useMemo, useState } from 'react';
import { useStoryWords } from '../ui/story-words.ts';
import { LAYER_IDS, type TourStop } from '../story/schema.ts';
import { validateTour, type Story } from '../story/validate-story.ts';
import { articleSentences } from './article-sentences.ts';
import { stopFeatures, viewInWords, type MapSelection } from './new-stop.ts';
import { SentencePicker } from './SentencePicker.tsx';
import { TextField } from './TextField.tsx';
import { describeTourProblem } from './tour-file.ts';
import type { MapView } from './use-teacher-tour.ts';

/** What a new stop is made from, and whom it tells. */
export interface AddStopProps {
  story: Story;
  selection: MapSelection;
  /** The map's view when the editor opened; `null` if the map has not drawn yet. */
  mapView: MapView | null;
  onAdd: (stop: TourStop) => void;
}

/**
 * "Add a stop from the map view": the camera, shown layers and chosen places are the map's as it is;
 * the passage is picked from the article's sentences; title, question and notes are typed. The stop
 * is checked by the story's tour validator before it is added.
 */
export function AddStop({ story, selection, mapView, onAdd }: AddStopProps) {
  const words = useStoryWords();
  const sentences = useMemo(() => articleSentences(story.parts), [story.parts]);
  const selected = story.features.find((f) => f.id === selection.selectedId);
  const [chosen, setChosen] = useState<string[]>(() => (selected?.properties.passage ?? []).filter((quote) => sentences.some((s) => s.text === quote)));
  const [texts, setTexts] = useState({ title: '', question: '', notes: '' });
  const [round, setRound] = useState(0);
  const [problems, setProblems] = useState<string[]>([]);
  const layers = LAYER_IDS.filter((layer) => !selection.hiddenLayers.includes(layer));
  const passage = sentences.filter((s) => chosen.includes(s.text)).map((s) => s.text);
  const features = stopFeatures(story, selection, layers, passage);
  const names = features.map((id) => story.features.find((f) => f.id === id)?.properties.name ?? id);

  function add() {
    const missing = [
      ...(mapView ? [] : ['Map view: the map has not drawn yet; close the editor, wait for the map, and open it again.']),
      ...(features.length > 0 ? [] : ['Places: select a place on the map before opening the editor, or choose a sentence that a shown place speaks of.']),
    ];
    const { title, question, notes } = texts;
    const until = selection.until;
    const stop = { title, features, camera: mapView, layers, passage, ...(until && { until }), ...(question.trim() && { question }), ...(notes.trim() && { notes }) };
    const check = validateTour(JSON.stringify({ title: 'New stop', stops: [stop] }), 'The new stop', story);
    // The validator's own words for what `missing` already said better are left out.
    const said = (line: string) => (!mapView && line.startsWith('camera')) || (features.length === 0 && line.startsWith('features'));
    const found = [...missing, ...(check.ok ? [] : check.problems.map((p) => describeTourProblem(p, false)).filter((line) => !said(line)))];
    setProblems(found);
    if (!check.ok || found.length > 0) return;
    const [added] = check.tour.stops;
    if (!added) return;
    onAdd(added);
    setTexts({ title: '', question: '', notes: '' });
    setChosen([]);
    setRound((n) => n + 1);
  }

  return (
    <section className="add-stop" aria-labelledby="add-stop-title">
      <h3 id="add-stop-title">Add a stop from the map view</h3>
      <dl className="add-stop-view">
        <dt>Map view</dt>
        <dd>{mapView ? viewInWords(mapView) : 'not drawn yet'}</dd>
        <dt>Layers shown</dt>
        <dd>{layers.length > 0 ? layers.map((layer) => words.layers[layer].plural).join(', ') : 'none'}</dd>
        <dt>Places</dt>
        <dd>{names.length > 0 ? names.join(' · ') : 'none: select a place on the map, or choose a sentence below'}</dd>
        <dt>Date</dt>
        <dd>{selection.until ? `up to ${formatMonth(selection.until)}, as the timeline is set` : 'all dates (the timeline is not set)'}</dd>
      </dl>
      <div key={round}>
        <TextField id="new-stop-title" field="title" label="Title" value="" onChange={(title) => setTexts((t) => ({ ...t, title }))} />
        <SentencePicker sentences={sentences} chosen={chosen} onChange={setChosen} />
        <TextField id="new-stop-question" field="question" label="Question for discussion (optional)" value="" multiline onChange={(question) => setTexts((t) => ({ ...t, question }))} />
        <TextField id="new-stop-notes" field="notes" label="Notes for you (optional)" value="" multiline onChange={(notes) => setTexts((t) => ({ ...t, notes }))} />
      </div>
      {problems.length > 0 && (
        <div className="editor-alert" role="alert">
          <p>
            <strong>The stop was not added:</strong>
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="text-button" onClick={add}>
        Add the stop
      </button>
    </section>
  );
}
