/**
 * Finds the names in one sentence that may be places, with what the text says around them: the place a
 * name lies in ("Brussels’ Molenbeek", "Melbourne, Australia", "San Bernardino in California") and the
 * sites it names in a place ("the Jewish Museum in Brussels"). The NLP (compromise) tells names from
 * other words and people from places; the gazetteer decides which names are places.
 */
import nlp from 'compromise';
import type { Gazetteer } from './gazetteer.ts';

/** A name found in a sentence. */
export interface Mention {
  /** The name as written, without a possessive ending ("Brussels", "South Manchester"). */
  name: string;
  /** Where the name starts in the sentence. */
  start: number;
  /** The gazetteer's name for it, where that differs ("Manchester" for "South Manchester"). */
  lookup: string;
  /** A name the text sets beside it as the place it lies in: a possessive before it, or ", X" or "in X" after it. */
  within?: string;
  /** True when the possessive says so ("Brussels’ Molenbeek"): it is a part of `within`. */
  partOf?: boolean;
  /** A site the text names in it, as in "the Jewish Museum in Brussels": the site's name. */
  sites: string[];
  /** The NLP took it for a place but the gazetteer has no such name: it goes into the report. */
  unknown?: boolean;
}

interface Term { text: string; post: string; tags: string[]; start: number }

const NAME_TAGS = ['ProperNoun', 'Place', 'Acronym'];
const NOT_NAME_TAGS = ['Person', 'Honorific', 'Date', 'Value', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Demonym'];
const FIRST_WORD_NOT_NAME = ['Verb', 'Gerund', 'Adverb', 'Adjective'];
const PLACE_TAGS = ['Country', 'City', 'Region'];
/** Words that name a part of a place: "South Manchester" is a part of Manchester. */
const COMPASS = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Greater|Downtown)\s+/;
const POSSESSIVE = /['’]s?$/;
/** A site's name just before "in <place>": after "the" or a preposition, capitalised words, then at most two lower-case ones. */
const SITE_BEFORE = /(?:^|\b(?:the|at|into|inside|near|from|to)\s+)((?:[A-Z][\p{L}’'-]*\s+)+(?:[a-z]+\s+){0,2})in\s+(?:central\s+|downtown\s+)?$/u;

function termsOf(sentence: string): Term[] {
  return nlp(sentence)
    .json({ offset: true })
    .flatMap((s: { terms: { text: string; post: string; tags: string[]; offset: { start: number } }[] }) =>
      s.terms.map((t) => ({ text: t.text, post: t.post, tags: t.tags, start: t.offset.start })),
    );
}

/** Words after which a capitalised name is a place, though the NLP takes it for a person ("from Bucharest to Sofia"). */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'near', 'via', 'through', 'into', 'towards', 'toward']);
/** Names of features that are no place of the name within them: Mount Kenya is not Kenya, the Suez Canal not Suez. */
const FEATURE_FIRST = new Set(['Mount', 'Mt', 'Lake', 'Cape']);
const FEATURE_LAST = new Set(['Canal', 'Sea', 'Ocean', 'River', 'Strait', 'Gulf', 'Bay', 'Mountains', 'Desert', 'Valley', 'Island', 'Islands']);

function isName(term: Term, index: number, before?: Term): boolean {
  if (!/^\p{Lu}/u.test(term.text)) return false;
  // "St. John's": the NLP takes John for a person; after an abbreviated first word it is the name's.
  if (before && ABBREVIATED.has(before.text) && /^\.?\s+$/.test(before.post)) return true;
  const person = term.tags.includes('Person') && !term.tags.includes('Honorific');
  if (person && before && PLACE_PREPOSITIONS.has(before.text.toLowerCase()) && !/\S/.test(before.post)) return true;
  if (term.tags.some((tag) => NOT_NAME_TAGS.includes(tag))) return false;
  // A sentence's first word is capitalised anyway: a verb, adverb or adjective there ("Reading the…") is no name.
  return index > 0 || term.tags.some((tag) => NAME_TAGS.includes(tag)) || !term.tags.some((tag) => FIRST_WORD_NOT_NAME.includes(tag));
}

/** A name's abbreviated first word, whose full stop does not end the name: "St. John's", "Mt. Kenya", "Ft. Worth". */
const ABBREVIATED = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
/** First words of an organisation named after a place ("Air France", "Radio France", "Team Sky"): its place is no place of the text. */
const ORGANISATION_FIRST = new Set(['Air', 'Radio', 'Team']);

/** Runs of name-like terms, broken at punctuation (not an abbreviation's full stop) and after a possessive. */
function runsOf(terms: Term[]): Term[][] {
  const runs: Term[][] = [];
  let run: Term[] = [];
  terms.forEach((term, index) => {
    if (isName(term, index, terms[index - 1])) run.push(term);
    else if (run.length > 0) (runs.push(run), (run = []));
    const abbreviation = ABBREVIATED.has(term.text) && /^\.\s+$/.test(term.post);
    const breaks = !abbreviation && (/[^\s]/.test(term.post.replace(/^[’']/, '')) || POSSESSIVE.test(term.text) || term.post.startsWith('’') || term.post.startsWith("'"));
    if (breaks && run.length > 0) (runs.push(run), (run = []));
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

const textOf = (run: Term[]) => run.map((term) => term.text).join(' ').replace(POSSESSIVE, '');

/** The run as written, its abbreviations' full stops and a final possessive kept ("St. John's"). */
const writtenOf = (run: Term[]) => run.map((term, i) => term.text + (i < run.length - 1 ? term.post : '')).join('');

/** The mentions of one run: the whole run, else a part of it ("Shi'ite Iran" → Iran), else its place-tagged words, reported. */
function mentionsOfRun(run: Term[], gazetteer: Gazetteer, before?: Term): Mention[] {
  const name = textOf(run);
  const start = run[0]?.start ?? 0;
  // An organisation named after a place ("Air France"), its first word cut off as a sentence's first verb.
  if ((before && ORGANISATION_FIRST.has(before.text) && !/\S/.test(before.post)) || (run.length > 1 && ORGANISATION_FIRST.has(run[0]?.text ?? ''))) return [];
  const written = writtenOf(run);
  if (written !== name && gazetteer.lookup(written).length > 0) return [{ name: written, start, lookup: written, sites: [] }];
  if (gazetteer.lookup(name).length > 0) return [{ name, start, lookup: name, sites: [] }];
  const [first, last] = [run[0]?.text ?? '', run[run.length - 1]?.text ?? ''];
  if (run.length > 1 && (FEATURE_FIRST.has(first) || FEATURE_LAST.has(last))) return [{ name, start, lookup: name, sites: [], unknown: true }];
  const whole = COMPASS.exec(name);
  if (whole && gazetteer.lookup(name.slice(whole[0].length)).length > 0) {
    return [{ name, start, lookup: name.slice(whole[0].length), within: name.slice(whole[0].length), partOf: true, sites: [] }];
  }
  for (let length = run.length - 1; length >= 1; length -= 1) {
    for (let from = 0; from + length <= run.length; from += 1) {
      const part = run.slice(from, from + length);
      const text = textOf(part);
      if (part.every((term) => term.tags.includes('Place')) && gazetteer.lookup(text).length > 0) {
        return [{ name: text, start: part[0]?.start ?? start, lookup: text, sites: [] }];
      }
    }
  }
  const tagged = run.some((term) => term.tags.some((tag) => PLACE_TAGS.includes(tag))) || (run.length === 1 && run[0]?.tags.includes('Place') === true);
  return tagged ? [{ name, start, lookup: name, sites: [], unknown: true }] : [];
}

/** Every name in `sentence` that the gazetteer knows, or that the NLP takes for a place. */
export function findMentions(sentence: string, gazetteer: Gazetteer): Mention[] {
  const terms = termsOf(sentence);
  const runs = runsOf(terms);
  const mentions = runs.flatMap((run) => mentionsOfRun(run, gazetteer, terms[terms.indexOf(run[0] as Term) - 1]));
  mentions.forEach((mention, i) => {
    const next = mentions[i + 1];
    const end = mention.start + mention.name.length;
    const gap = next ? sentence.slice(end, next.start) : '';
    if (next && /^['’]s?\s+$/.test(gap)) (next.within = mention.name), (next.partOf = true);
    else if (next && !mention.within && /^(?:,|\s+in)\s+$/.test(gap)) mention.within = next.name;
    const site = SITE_BEFORE.exec(sentence.slice(0, mention.start))?.[1]?.trim().replace(/^The\s+/, '');
    const first = terms.find((term) => site && term.start === sentence.lastIndexOf(site, mention.start));
    // At a sentence's start, capitals say nothing: there a site must be a name ("Every lot ends in Hamburg" is none).
    const opens = first !== undefined && first.start === 0 && !first.tags.some((tag) => NAME_TAGS.includes(tag));
    if (site && !opens && !mention.unknown && site.split(/\s+/).length >= 2 && !first?.tags.includes('Acronym') && gazetteer.lookup(site).length === 0) mention.sites.push(site);
  });
  return mentions;
}
