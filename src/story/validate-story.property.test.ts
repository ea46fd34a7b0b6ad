/**
 * Property-based tests of the validator (fast-check): generated stories, valid and broken in one
 * way each, and arbitrary file contents. The validator must never throw, must accept every story the
 * schema allows, and must refuse, naming the feature, every story it forbids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeContent, LAYER_IDS, MAX_NAME_LENGTH } from './schema.ts';
import { layerFile, validateStory, type ValidationResult } from './validate-story.ts';
import { filesOf, validStory, type GeneratedFeature } from '../../tests/fixtures/generated-story.ts';

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
