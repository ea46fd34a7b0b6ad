/**
 * Decides which place each name stands for, as the Edinburgh Geoparser and Mordecai do: a name the text
 * qualifies ("Melbourne, Australia") keeps the places in that country; otherwise the place nearest the
 * article's other places, in the country of its neighbours in the paragraph, and the most populous, wins.
 * One name keeps one sense through an article.
 */
import { distanceKm } from './distance.ts';
import type { Gazetteer, Place } from './gazetteer.ts';
import type { Mention } from './place-finder.ts';

/** How much each clue weighs, in powers of ten of population. */
export const RESOLVE_DEFAULTS = {
  /** Per power of ten of the mean distance to the article's other places. */
  distance: 1,
  /** For sharing the country of every place resolved in the same paragraphs. */
  sameCountry: 1,
  /** A country or region outweighs a city of the same name by this much. */
  countryOverCity: 3,
};

/** A mention and the paragraph (or part) it stands in. */
export interface Found {
  mention: Mention;
  part: string;
}

/** What was decided for one name. */
export interface Resolution {
  /** The name as the gazetteer is asked for it. */
  key: string;
  place: Place | undefined;
  /** Every place the name may be, after the text's qualifiers; more than one is an ambiguity to report. */
  candidates: Place[];
  /** Why this place: "the only one", "in Australia, as the text says", "nearest the other places". */
  reason: string;
}

function qualifierCodes(found: readonly Found[], key: string, gazetteer: Gazetteer): Set<string> {
  const codes = found
    .filter(({ mention }) => mention.lookup === key && mention.within !== undefined && mention.within !== key)
    .flatMap(({ mention }) => gazetteer.lookup(mention.within ?? '').filter((place) => place.kind !== 'city'))
    .map((place) => place.country);
  return new Set(codes);
}

function score(place: Place, anchors: readonly Place[], neighbours: readonly Place[], weights: typeof RESOLVE_DEFAULTS): number {
  const others = anchors.filter((anchor) => anchor !== place);
  const meanLogDistance = others.length === 0 ? 0 : others.reduce((sum, anchor) => sum + Math.log10(distanceKm(place, anchor) + 10), 0) / others.length;
  const sameCountry = neighbours.length === 0 ? 0 : neighbours.filter((other) => other.country === place.country).length / neighbours.length;
  const size = place.kind === 'city' ? Math.log10(Math.max(place.population, 1)) : 7 + weights.countryOverCity;
  return size - weights.distance * meanLogDistance + weights.sameCountry * sameCountry;
}

/** Resolves every name of the article at once; the answer has one entry per name, in the order first found. */
export function resolvePlaces(found: readonly Found[], gazetteer: Gazetteer, weights = RESOLVE_DEFAULTS): Map<string, Resolution> {
  const resolutions = new Map<string, Resolution>();
  for (const { mention } of found) {
    if (resolutions.has(mention.lookup)) continue;
    const all = mention.unknown ? [] : gazetteer.lookup(mention.lookup);
    const codes = qualifierCodes(found, mention.lookup, gazetteer);
    const qualified = all.filter((place) => codes.has(place.country));
    const candidates = qualified.length > 0 ? qualified : all;
    const reason = candidates.length === 1 ? (qualified.length > 0 && all.length > 1 ? `in ${[...codes].join(', ')}, as the text says` : 'the only one') : '';
    resolutions.set(mention.lookup, { key: mention.lookup, place: candidates.length === 1 ? candidates[0] : undefined, candidates, reason });
  }
  const open = [...resolutions.values()].filter((r) => r.candidates.length > 1).sort((a, b) => a.candidates.length - b.candidates.length);
  for (const resolution of open) {
    const anchors = [...resolutions.values()].flatMap((r) => (r.place ? [r.place] : []));
    const parts = new Set(found.filter(({ mention }) => mention.lookup === resolution.key).map(({ part }) => part));
    const neighbourKeys = new Set(found.filter(({ part, mention }) => parts.has(part) && mention.lookup !== resolution.key).map(({ mention }) => mention.lookup));
    const neighbours = [...neighbourKeys].flatMap((key) => resolutions.get(key)?.place ?? []);
    const ranked = resolution.candidates.map((place) => ({ place, score: score(place, anchors, neighbours, weights) })).sort((a, b) => b.score - a.score);
    resolution.place = ranked[0]?.place;
    resolution.reason = anchors.length > 0 ? 'nearest the article’s other places, among its neighbours’ countries, and by population' : 'the most populous';
  }
  return resolutions;
}
