import { describe, expect, it } from 'vitest';
import { readStoryFolder } from '../../scripts/story-folder.ts';
import { fingerprint } from './fingerprint.ts';
import { matchesStamp, trustedStory } from './trusted-story.ts';
import { validateStory } from './validate-story.ts';

const files = readStoryFolder('geo');
const stampOf = (of: Record<string, string>) => Object.fromEntries(Object.entries(of).map(([name, text]) => [name, fingerprint(text)]));

describe('trustedStory', () => {
  it('reads the story the build validated as the validator gives it', () => {
    const validated = validateStory(files, 'geo/');
    if (!validated.ok) throw new Error('geo/ does not validate');
    expect(trustedStory(files)).toEqual(validated.story);
  });
});

describe('matchesStamp', () => {
  const stamp = stampOf(files);

  it('takes the very files stamped', () => {
    expect(matchesStamp(files, stamp)).toBe(true);
  });

  it('refuses a file changed by one character, a file added or missing, and any file in development (no stamp)', () => {
    const changed = { ...files, 'attacks.geojson': (files['attacks.geojson'] ?? '').replace('48.8631', '148.8631') };
    expect(matchesStamp(changed, stamp)).toBe(false);
    expect(matchesStamp({ ...files, 'extra.json': '{}' }, stamp)).toBe(false);
    const { ['tour.json']: _tour, ...withoutTour } = files;
    expect(matchesStamp(withoutTour, stamp)).toBe(false);
    expect(matchesStamp(files, null)).toBe(false);
  });
});

describe('fingerprint', () => {
  it('tells apart texts of one length that differ in one place', () => {
    expect(fingerprint('Paris 48.8631')).not.toBe(fingerprint('Paris 48.8632'));
    expect(fingerprint('abc')).toBe(fingerprint('abc'));
    expect(fingerprint('')).toBe('0-' + (0x811c9dc5).toString(36));
  });
});
