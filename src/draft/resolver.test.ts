import { describe, expect, it } from 'vitest';
import { fixtureGazetteer as gazetteer } from './fixture-gazetteer.ts';
import { findMentions } from './place-finder.ts';
import { resolvePlaces, type Found } from './resolver.ts';

/** The names of some paragraphs, each a list of sentences, as the drafter finds them. */
function found(paragraphs: string[][]): Found[] {
  return paragraphs.flatMap((sentences, i) => sentences.flatMap((sentence) => findMentions(sentence, gazetteer).map((mention) => ({ mention, part: `p${i + 1}` }))));
}

const countryOf = (paragraphs: string[][], name: string) => resolvePlaces(found(paragraphs), gazetteer).get(name)?.place?.country;

describe('the resolver', () => {
  it('takes a Brest beside Minsk and Warsaw for the one in Belarus', () => {
    expect(countryOf([['The train ran from Warsaw to Brest and on to Minsk.']], 'Brest')).toBe('BY');
  });

  it('takes a Brest beside Rennes and Quimper for the smaller one in France', () => {
    expect(countryOf([['The train ran from Rennes to Brest and on to Quimper.']], 'Brest')).toBe('FR');
  });

  it('takes the most populous place when nothing else tells', () => {
    const resolution = resolvePlaces(found([['They met in Brest.']]), gazetteer).get('Brest');
    expect(resolution?.place?.country).toBe('BY');
    expect(resolution?.candidates).toHaveLength(2);
  });

  it('keeps the places in the country the text names beside a city', () => {
    const resolution = resolvePlaces(found([['Attacks spread from Miami to the suburbs of Melbourne, Australia.']]), gazetteer).get('Melbourne');
    expect(resolution?.place?.country).toBe('AU');
    expect(resolution?.candidates).toHaveLength(1);
  });

  it('keeps one sense of a name through the article, decided by all its neighbours', () => {
    const paragraphs = [['The bombing in Manchester killed 22.'], ['Brussels and Raqqa, Syria, were the network’s hubs.'], ['Manchester mourned.']];
    const resolution = resolvePlaces(found(paragraphs), gazetteer).get('Manchester');
    expect(resolution?.place?.country).toBe('GB');
    expect(resolution?.candidates.map((place) => place.country)).toEqual(['GB', 'US']);
  });

  it('takes the US Manchester among places in the U.S.', () => {
    const paragraphs = [['Voters in Manchester and across the U.S. went to the polls.'], ['Melbourne, in the U.S. state of Florida, did too.']];
    expect(countryOf(paragraphs, 'Manchester')).toBe('US');
  });
});
