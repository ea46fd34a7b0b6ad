import { describe, expect, it } from 'vitest';
import { fixtureGazetteer as gazetteer } from './fixture-gazetteer.ts';
import { findMentions } from './place-finder.ts';

const names = (sentence: string) => findMentions(sentence, gazetteer).filter((mention) => !mention.unknown).map((mention) => mention.name);

describe('the place finder', () => {
  it('finds the places a sentence names, where they start', () => {
    const sentence = 'The suicide bombing at a pop concert in Manchester on Monday took place three years after an attack in Brussels.';
    expect(findMentions(sentence, gazetteer).map(({ name, start }) => [name, start])).toEqual([
      ['Manchester', sentence.indexOf('Manchester')],
      ['Brussels', sentence.indexOf('Brussels')],
    ]);
  });

  it('finds a place by its exonym and by its abbreviation', () => {
    expect(names('They received funding from ISIS headquarter in Raqqa, Syria.')).toEqual(['Raqqa', 'Syria']);
    expect(names('The U.S. had received it from its allies.')).toEqual(['U.S.']);
  });

  it('reads a possessive as the place the next name lies in', () => {
    const [brussels, molenbeek] = findMentions('They had created a logistical hub in Brussels’ Molenbeek neighborhood.', gazetteer);
    expect(brussels?.name).toBe('Brussels');
    expect(molenbeek).toMatchObject({ name: 'Molenbeek', within: 'Brussels', partOf: true });
    expect(findMentions("ISIS still has bases in Egypt's Sinai, and elsewhere.", gazetteer)[1]).toMatchObject({ name: 'Sinai', within: 'Egypt' });
  });

  it('reads ", country" after a city as the country it lies in', () => {
    expect(findMentions('The franchises spread to the suburbs of Melbourne, Australia.', gazetteer)[0]).toMatchObject({ name: 'Melbourne', within: 'Australia' });
  });

  it('finds a site the text names in a city', () => {
    expect(findMentions('Nemmouche opened fire inside the Jewish Museum in Brussels, killing four.', gazetteer)[0]?.sites).toEqual(['Jewish Museum']);
    // London is not in the fixture: the NLP's city is reported, and no site is hung on an unknown place.
    expect(findMentions('Soldiers are led into Buckingham Palace in central London.', gazetteer)).toEqual([{ name: 'London', start: 'Soldiers are led into Buckingham Palace in central London.'.indexOf('London'), lookup: 'London', sites: [], unknown: true }]);
  });

  it('takes no person, organisation or group for a place', () => {
    expect(names('Trump told NATO that ISIS, the Islamic State, was weaker, and Duterte agreed.')).toEqual([]);
    expect(names('NATO Secretary General Jens Stoltenberg met Donald Trump at NATO headquarters.')).toEqual([]);
  });

  it('reads a name with an abbreviation and a possessive in it as one name: St. John’s', () => {
    expect(names("Alcock and Brown took off from St. John's, Newfoundland, in June 1919.")).toEqual(["St. John's"]);
    expect(names("They flew from St John's to the west of Ireland.")).toEqual(["St John's"]);
  });

  it('takes no place of an organisation named after it: Air France is not France', () => {
    expect(names('Air France flew Concorde from Paris to New York.')).toEqual([]);
    expect(names('The plane flew Air France colours over France.')).toEqual(['France']);
  });

  it('finds a name that opens a sentence', () => {
    expect(names('Brest lies between Minsk and Warsaw.')).toEqual(['Brest', 'Minsk', 'Warsaw']);
  });

  it('finds a city the NLP takes for a person where a preposition of place stands before it', () => {
    expect(names('The line from Bucharest to Sofia still takes most of a day.')).toEqual(['Sofia']);
    expect(names('Its Brazilian lots leave from Santos, the port of the farms.')).toEqual(['Santos']);
    // Not a person's name after a verb: "met Sofia" names no place.
    expect(names('Later that day the minister met Sofia.')).toEqual([]);
  });

  it('takes a mountain, a sea or a canal named after a place for no place of that name', () => {
    expect(names('The beans were picked on the slopes of Mount Kenya.')).toEqual([]);
    expect(names('The container sailed through the Suez Canal.')).toEqual([]);
  });

  it('takes no words that open a sentence for a site', () => {
    expect(findMentions('Every lot ends in Hamburg, where the roaster works.', gazetteer)[0]).toMatchObject({ name: 'Hamburg', sites: [] });
  });
});
