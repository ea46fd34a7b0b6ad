import { describe, expect, it } from 'vitest';
import { storyFileName } from './story-file-name.ts';

describe('storyFileName', () => {
  it('names a file by the headline’s first whole words, lower case', () => {
    expect(storyFileName('Trump Demonstrates the Pitfalls of Intel Sharing to Prevent Future ISIS Attacks', 'json')).toBe(
      'trump-demonstrates-the-pitfalls-of-intel-sharing-to-prevent.json',
    );
  });

  it('keeps letters without their accents and drops what a file name should not hold', () => {
    expect(storyFileName('Köln: Über den Rhein / “Brücken”?', 'html')).toBe('koln-uber-den-rhein-brucken.html');
  });

  it('names a headline of no letters "story"', () => {
    expect(storyFileName('¿¡…!?', 'json')).toBe('story.json');
  });
});
