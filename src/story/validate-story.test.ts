import { describe, expect, it } from 'vitest';
import { formatProblem, validateStory, type Problem } from './validate-story.ts';
import { firstFeature, problemsOf, validFiles } from '../../tests/fixtures/story-files.ts';

describe('validateStory', () => {
  it('accepts a valid story and returns its features by layer', () => {
    const text = Object.fromEntries(Object.entries(validFiles()).map(([name, value]) => [name, JSON.stringify(value)]));
    const result = validateStory(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.features.map((f) => f.id)).toEqual(['paris', 'raqqa', 'raqqa-paris', 'nice']);
    expect(result.story.layers.map((l) => l.id)).toEqual(['attacks', 'strongholds', 'networks', 'flows', 'context']);
  });

  it('reports a file that is not JSON, naming the file', () => {
    const files = validFiles();
    files['attacks.geojson'] = '{"type": "FeatureCollection", "features": [';
    const problems = problemsOf(files);
    expect(problems).toHaveLength(1);
    expect(formatProblem(problems[0] as Problem)).toMatch(/^story\/attacks\.geojson: the file is not valid JSON/);
  });

  it('reports a missing layer file', () => {
    const files = validFiles();
    delete files['networks.geojson'];
    expect(problemsOf(files)).toEqual([{ file: 'story/networks.geojson', message: 'the file is missing' }]);
  });

  it('reports a schema error with the file, the feature id and the field', () => {
    const files = validFiles();
    delete firstFeature(files, 'attacks.geojson').properties.source;
    const [problem, ...rest] = problemsOf(files);
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('story/attacks.geojson');
    expect(problem?.feature).toBe('"paris"');
    expect(problem?.message).toMatch(/^properties\.source: /);
  });

  it('rejects a name of a megabyte, saying how long it is', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').properties.name = 'x'.repeat(1 << 20);
    const [problem] = problemsOf(files);
    expect(problem?.message).toMatch(/properties\.name: must be at most 120 characters long \(it is 1048576\)/);
  });

  it('rejects a "crs" member, which RFC 7946 removed', () => {
    const files = validFiles();
    (files['attacks.geojson'] as Record<string, unknown>).crs = { type: 'name', properties: { name: 'EPSG:4326' } };
    expect(problemsOf(files).map((p) => p.message)).toEqual([expect.stringMatching(/^crs: RFC 7946 removed/)]);
  });

  it('catches swapped longitude and latitude where the latitude leaves its range', () => {
    const files = validFiles();
    firstFeature(files, 'strongholds.geojson').geometry.coordinates = [144.96, -37.81];
    const files2 = validFiles();
    firstFeature(files2, 'strongholds.geojson').geometry.coordinates = [-37.81, 144.96];
    const [problem] = problemsOf(files2);
    expect(problem?.feature).toBe('"raqqa"');
    expect(problem?.message).toMatch(/latitude 144\.96 is outside -90\.\.90 \(are longitude and latitude swapped/);
    expect(problemsOf(files)).toEqual([]);
  });

  it('rejects coordinates that are not finite numbers', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').geometry.coordinates = ['NaN', 48.85];
    expect(problemsOf(files)[0]?.message).toMatch(/^geometry/);
  });

  it('rejects a line of one point and a polygon ring that is not closed', () => {
    const files = validFiles();
    firstFeature(files, 'flows.geojson').geometry.coordinates = [[39.0, 35.95]];
    const polygon = firstFeature(files, 'networks.geojson');
    expect(polygon).toBeUndefined();
    (files['networks.geojson'] as { features: unknown[] }).features.push({
      type: 'Feature',
      id: 'area',
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] },
      properties: { name: 'Area', layer: 'networks', precision: 'region', passage: ['Money came from Raqqa.'], source: 'A source' },
    });
    const messages = problemsOf(files).map(formatProblem);
    expect(messages).toContainEqual(expect.stringMatching(/flows\.geojson, feature "raqqa-paris": geometry\.coordinates: a line needs at least two different positions/));
    expect(messages).toContainEqual(expect.stringMatching(/networks\.geojson, feature "area": .*the polygon ring is not closed/));
  });

  it('rejects a geometry the layer cannot hold and a layer property that disagrees with the file', () => {
    const files = validFiles();
    const flow = firstFeature(files, 'flows.geojson');
    flow.geometry = { type: 'Point', coordinates: [1, 1] };
    firstFeature(files, 'attacks.geojson').properties.layer = 'context';
    const messages = problemsOf(files).map((p) => p.message);
    expect(messages).toContainEqual(expect.stringMatching(/the flows layer holds LineString or MultiLineString geometries, not Point/));
    expect(messages).toContainEqual('properties.layer: is "context" but the feature is in attacks.geojson');
  });

  it('rejects an id used twice, across files', () => {
    const files = validFiles();
    firstFeature(files, 'context.geojson').id = 'paris';
    expect(problemsOf(files)).toContainEqual({
      file: 'story/context.geojson',
      feature: '"paris"',
      message: 'id: "paris" is used twice (also in attacks.geojson)',
    });
  });

  it('rejects a quote that is not word for word in the article', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').properties.passage = ['Something happened in  Paris.'];
    expect(problemsOf(files)).toContainEqual({
      file: 'story/attacks.geojson',
      feature: '"paris"',
      message: 'properties.passage[0]: not found word for word in the article: "Something happened in  Paris."',
    });
  });

  it('rejects a quote that occurs more than once, as it cannot be marked unambiguously', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').properties.passage = ['Something happened in Paris.', 'Paris'];
    expect(problemsOf(files).map((p) => p.message)).toEqual([expect.stringMatching(/passage\[1\]: occurs 2 times in the article/)]);
  });

  it('reports every paragraph and caption that no feature quotes', () => {
    const files = validFiles();
    firstFeature(files, 'context.geojson').properties.passage = ['Then it happened again in Nice.'];
    expect(problemsOf(files)).toEqual([
      { file: 'story/article.json', message: 'caption 1 (photo-1) is not the passage of any feature: quote at least one of its sentences' },
    ]);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const files = validFiles();
    files['networks.geojson'] = 'not json';
    firstFeature(files, 'attacks.geojson').properties.date = '2015-13-45';
    firstFeature(files, 'strongholds.geojson').geometry.coordinates = [39.0, 135.95];
    firstFeature(files, 'flows.geojson').properties.flow = undefined;
    const problems = problemsOf(files);
    expect(problems.map((p) => p.file)).toEqual([
      'story/attacks.geojson',
      'story/strongholds.geojson',
      'story/networks.geojson',
      'story/flows.geojson',
    ]);
  });
});
