import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleSentences } from '../src/editor/article-sentences.ts';
import { validateStory } from '../src/story/validate-story.ts';

const GEO = new URL('../geo/', import.meta.url);
const files = Object.fromEntries(readdirSync(GEO).map((name) => [name, readFileSync(new URL(name, GEO), 'utf8')]));
const result = validateStory(files, 'geo/');

describe('the tour editor’s sentences of the article in geo/', () => {
  it('offer every quote of every place and tour stop whole, so a teacher can pick any passage the story uses', () => {
    if (!result.ok) throw new Error('geo/ is invalid');
    const { story } = result;
    const offered = new Set(articleSentences(story.parts).map((s) => s.text));
    const quotes = [...story.features.flatMap((f) => f.properties.passage), ...(story.tour?.stops.flatMap((s) => s.passage) ?? [])];
    expect(quotes.filter((quote) => !offered.has(quote))).toEqual([]);
    expect(offered.size).toBeGreaterThan(40);
  });
});
