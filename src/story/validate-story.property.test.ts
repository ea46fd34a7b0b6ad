/**
 * Property-based tests of the validator (fast-check): generated stories, valid and broken in one
 * way each, and arbitrary file contents. The validator must never throw, must accept every story the
 * schema allows, and must refuse, naming the feature, every story it forbids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeContent, FLOW_KINDS, LAYER_IDS, MAX_NAME_LENGTH, PRECISIONS, type LayerId } from './schema.ts';
import { layerFile, validateStory, type ValidationResult } from './validate-story.ts';

/** A small article: every sentence is a possible passage, and each part is a sentence. */
const SENTENCES = [
  'Something happened in Paris.',
  'Then it happened again in Nice.',
  'Money came from Raqqa.',
  'Fighters went back to Brussels.',
  'A caption about Mosul.',
];
const ARTICLE = {
  kicker: 'Analysis',
  headline: 'A headline',
  standfirst: 'A standfirst.',
  parts: [
    ...SENTENCES.slice(0, 4).map((text, i) => ({ type: 'paragraph', id: `p${i + 1}`, text })),
    { type: 'photo', id: 'photo-1', caption: SENTENCES[4], credit: 'A. Photographer' },
  ],
};

interface GeneratedFeature {
  type: 'Feature';
  id: string;
  geometry: { type: string; coordinates: unknown };
  properties: Record<string, unknown>;
}

const longitude = fc.double({ min: -180, max: 180, noNaN: true });
const latitude = fc.double({ min: -85, max: 85, noNaN: true });
const position = fc.tuple(longitude, latitude);
/** Plain text: letters, digits, spaces and punctuation, "<" and "&" among them, never empty. */
const plainText = (max: number) =>
  fc
    .stringMatching(/^[A-Za-z0-9 ,.'’()<&-]+$/, { maxLength: max })
    .filter((text) => text.trim().length > 0 && text.length <= max && activeContent(text) === undefined);
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function featureArbitrary(layer: LayerId) {
  const geometry =
    layer === 'flows'
      ? fc
          .tuple(position, position)
          .filter(([a, b]) => a[0] !== b[0] || a[1] !== b[1])
          .map((line) => ({ type: 'LineString', coordinates: line }))
      : position.map((coordinates) => ({ type: 'Point', coordinates }));
  return fc.record({
    geometry,
    name: plainText(MAX_NAME_LENGTH),
    passage: fc.subarray(SENTENCES, { minLength: 1 }),
    precision: fc.constantFrom(...PRECISIONS),
    flow: fc.constantFrom(...FLOW_KINDS),
    date: fc.option(isoDate, { nil: undefined }),
    deaths: fc.option(fc.nat({ max: 1000 }), { nil: undefined }),
    note: fc.option(plainText(300), { nil: undefined }),
    source: plainText(300),
  });
}

/** A valid story: up to three features per layer, with unique ids, covering every part. */
const validStory = fc
  .tuple(...LAYER_IDS.map((layer) => fc.array(featureArbitrary(layer), { maxLength: 3 })))
  .map((perLayer) => {
    const layers = Object.fromEntries(
      LAYER_IDS.map((layer, l) => [
        layer,
        (perLayer[l] ?? []).map(
          ({ geometry, flow, date, deaths, note, ...rest }, i): GeneratedFeature => ({
            type: 'Feature',
            id: `${layer}-${i}`,
            geometry,
            properties: {
              ...rest,
              layer,
              ...(layer === 'flows' ? { flow } : {}),
              ...(date === undefined ? {} : { date }),
              ...(deaths === undefined ? {} : { deaths: { record: deaths } }),
              ...(note === undefined ? {} : { note }),
            },
          }),
        ),
      ]),
    ) as Record<LayerId, GeneratedFeature[]>;
    // One feature that quotes every part, so that the article is always covered.
    layers.context.push({
      type: 'Feature',
      id: 'covers-all',
      geometry: { type: 'Point', coordinates: [0, 0] },
      properties: { name: 'Everything', layer: 'context', precision: 'region', passage: SENTENCES, source: 'The article' },
    });
    return layers;
  });

function filesOf(layers: Record<LayerId, GeneratedFeature[]>): Record<string, string> {
  return {
    'article.json': JSON.stringify(ARTICLE),
    ...Object.fromEntries(LAYER_IDS.map((layer) => [layerFile(layer), JSON.stringify({ type: 'FeatureCollection', features: layers[layer] })])),
  };
}

/** One way to break a feature, each forbidden by the schema or the rules beside it. */
const BREAKS: Record<string, (feature: GeneratedFeature) => void> = {
  'longitude out of range': (f) => {
    f.geometry = { type: 'Point', coordinates: [181 + Math.random() * 1000, 10] };
  },
  'latitude out of range': (f) => {
    f.geometry = { type: 'Point', coordinates: [10, -91 - Math.random() * 1000] };
  },
  'a coordinate that is not a number': (f) => {
    f.geometry = { type: 'Point', coordinates: ['NaN', 10] };
  },
  'an empty name': (f) => {
    f.properties.name = '   ';
  },
  'a name too long': (f) => {
    f.properties.name = 'x'.repeat(MAX_NAME_LENGTH + 1);
  },
  'markup in the name': (f) => {
    f.properties.name = '<img src=x onerror=alert(1)>';
  },
  'a script address in the note': (f) => {
    f.properties.note = 'javascript:alert(1)';
  },
  'an unknown layer': (f) => {
    f.properties.layer = 'secrets';
  },
  'a date that is not a date': (f) => {
    f.properties.date = '2016-02-30';
  },
  'negative deaths': (f) => {
    f.properties.deaths = { record: -1 };
  },
  'a quote not in the article': (f) => {
    f.properties.passage = ['Nobody wrote this.'];
  },
  'an unknown property': (f) => {
    f.properties.onclick = 'alert(1)';
  },
  'no source': (f) => {
    delete f.properties.source;
  },
  'a line of one point': (f) => {
    f.geometry = { type: 'LineString', coordinates: [[1, 1]] };
  },
  'a polygon ring that is not closed': (f) => {
    f.geometry = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] };
  },
  'a bad id': (f) => {
    f.id = 'Not An Id"><script>';
  },
};

function expectNoThrow(files: Record<string, string>): ValidationResult {
  let result: ValidationResult | undefined;
  expect(() => {
    result = validateStory(files, 'story/');
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
}

describe('validateStory, on generated stories', () => {
  it('accepts every story the schema allows', () => {
    fc.assert(
      fc.property(validStory, (layers) => {
        const result = expectNoThrow(filesOf(layers));
        expect(result.ok ? [] : result.problems).toEqual([]);
      }),
    );
  });

  it('refuses a story with one feature broken in any forbidden way, naming the feature', () => {
    const breaks = Object.keys(BREAKS);
    fc.assert(
      fc.property(validStory, fc.constantFrom(...breaks), fc.nat(), (layers, broken, pick) => {
        const all = LAYER_IDS.flatMap((layer) => layers[layer].map((feature) => ({ layer, feature })));
        const target = all[pick % all.length];
        if (!target) throw new Error('no feature');
        const id = target.feature.id;
        BREAKS[broken]?.(target.feature);
        const result = expectNoThrow(filesOf(layers));
        expect(result.ok, broken).toBe(false);
        if (result.ok) return;
        const named = broken === 'a bad id' ? /#\d+ \(no valid id\)|"Not An Id/ : new RegExp(`^"${id}"$`);
        expect(
          result.problems.some((problem) => problem.file === `story/${layerFile(target.layer)}` && named.test(problem.feature ?? '')),
          `${broken}: ${JSON.stringify(result.problems)}`,
        ).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary file contents, and names a file in every problem', () => {
    const names = ['article.json', ...LAYER_IDS.map(layerFile), 'tour.json'];
    const content = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.record({ type: fc.constantFrom('FeatureCollection', 'Feature'), features: fc.array(fc.jsonValue(), { maxLength: 5 }) }).map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...names), content), (files) => {
        const result = expectNoThrow(files);
        if (result.ok) return;
        for (const problem of result.problems) {
          expect(problem.file.startsWith('story/')).toBe(true);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('lets no name it accepts hold markup, exceed its length or be empty, whatever the text', () => {
    fc.assert(
      fc.property(validStory, fc.string({ unit: 'grapheme', maxLength: 200 }), (layers, name) => {
        const target = layers.context[0];
        if (!target) throw new Error('no feature');
        target.properties.name = name;
        const result = expectNoThrow(filesOf(layers));
        if (!result.ok) return;
        const accepted = result.story.features.find((feature) => feature.id === target.id)?.properties.name ?? '';
        expect(accepted.trim().length).toBeGreaterThan(0);
        expect(accepted.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
        expect(activeContent(accepted)).toBeUndefined();
      }),
    );
  });
});
