import { describe, expect, it } from 'vitest';
import { firstFeature, validFiles, type Files } from '../../tests/fixtures/story-files.ts';
import { MAX_PACKAGE_CHARS, packageStory } from './package-format.ts';
import { readStoryPackage } from './read-package.ts';

/** The fixture's files as texts, as a story folder holds them. */
function texts(files: Files): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, value]) => [name, JSON.stringify(value, null, 2)]));
}

function problemsOf(text: string) {
  const read = readStoryPackage(text, 'shared.json');
  if (read.ok) throw new Error('the package was read without problems');
  return read.problems;
}

const envelope = (files: unknown, format: unknown = 'story-map-package', version: unknown = 1) => JSON.stringify({ format, version, files });

describe('story packages', () => {
  it('read back the very files they were made of, and their story', () => {
    const files = texts(validFiles());
    const read = readStoryPackage(packageStory(files), 'shared.json');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.files).toEqual(files);
    expect(read.story.features.map((feature) => feature.id)).toEqual(['paris', 'raqqa', 'raqqa-paris', 'nice']);
  });

  it('list the story folder’s files in its order, the article first', () => {
    const { 'article.json': article, ...layers } = texts(validFiles());
    const text = packageStory({ ...layers, 'article.json': article ?? '' });
    expect(Object.keys((JSON.parse(text) as { files: object }).files)).toEqual(['article.json', 'attacks.geojson', 'strongholds.geojson', 'networks.geojson', 'flows.geojson', 'context.geojson']);
  });

  it('refuse a text too long to be a story, before reading it', () => {
    const text = packageStory({ 'article.json': 'x'.repeat(MAX_PACKAGE_CHARS) });
    expect(problemsOf(text)).toEqual([{ package: 'shared.json', message: `is ${text.length} characters long; a story package holds at most ${MAX_PACKAGE_CHARS}` }]);
  });

  it('refuse a file that is not JSON, naming the package', () => {
    expect(problemsOf('{"format": "story-map-package", ')).toEqual([{ package: 'shared.json', message: expect.stringMatching(/^the file is not valid JSON/) as string }]);
  });

  it('refuse JSON that is not a story package: another format, or none', () => {
    const notAPackage = [{ package: 'shared.json', message: 'is not a story package: a package is a JSON object with "format": "story-map-package"' }];
    expect(problemsOf(envelope({}, 'geojson'))).toEqual(notAPackage);
    expect(problemsOf(texts(validFiles())['attacks.geojson'] ?? '')).toEqual(notAPackage);
    expect(problemsOf('null')).toEqual(notAPackage);
  });

  it('refuse a version this app does not read', () => {
    expect(problemsOf(envelope(texts(validFiles()), 'story-map-package', 2))).toEqual([
      { package: 'shared.json', message: 'version: is 2, but this story map reads version 1 of the story package' },
    ]);
  });

  it('refuse files that are not an object of texts', () => {
    expect(problemsOf(envelope(['article.json']))).toEqual([{ package: 'shared.json', message: 'files: must be an object of the story\'s file names and their texts' }]);
    expect(problemsOf(envelope({ ...texts(validFiles()), 'article.json': { headline: 'A headline' } }))).toEqual([
      { package: 'shared.json', file: 'article.json', message: 'must be the text of the file, as a string' },
    ]);
  });

  it('refuse a file name that is not a story file’s, each named', () => {
    expect(problemsOf(envelope({ ...texts(validFiles()), 'notes.txt': 'hello', '../attacks.geojson': '{}' }))).toEqual([
      { package: 'shared.json', file: 'notes.txt', message: expect.stringMatching(/^is not a file of a story folder, which holds article\.json, attacks\.geojson, /) as string },
      { package: 'shared.json', file: '../attacks.geojson', message: expect.stringMatching(/^is not a file of a story folder/) as string },
    ]);
  });

  it('refuse a package without its article', () => {
    const { 'article.json': _article, ...layers } = texts(validFiles());
    expect(problemsOf(packageStory(layers))).toContainEqual({ package: 'shared.json', file: 'article.json', message: 'the file is missing' });
  });

  it('name the file, the feature and the field of each of the validator’s problems', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').geometry.coordinates = [2.35];
    firstFeature(files, 'context.geojson').properties.name = '<img src=x onerror=alert(1)>Nice';
    expect(problemsOf(packageStory(texts(files)))).toEqual([
      { package: 'shared.json', file: 'attacks.geojson', feature: '"paris"', field: 'geometry.coordinates', message: 'must be a position [longitude, latitude]' },
      {
        package: 'shared.json',
        file: 'context.geojson',
        feature: '"nice"',
        field: 'properties.name',
        message: 'must be plain text, but holds markup or a script address: "<img src=x onerror=alert(1)>Nice"',
      },
    ]);
  });

  it('take markup that loads or runs nothing as text, as geo/ does', () => {
    const files = validFiles();
    firstFeature(files, 'attacks.geojson').properties.name = '<b>Paris</b>';
    const read = readStoryPackage(packageStory(texts(files)), 'shared.json');
    expect(read.ok && read.story.features[0]?.properties.name).toBe('<b>Paris</b>');
  });
});
