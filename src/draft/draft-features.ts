/**
 * Turns the names found and resolved into the draft's features: one Point per place, each quoting
 * every sentence that names it. A part of a place or a site the gazetteer lacks ("Brussels’ Molenbeek",
 * "the Jewish Museum in Brussels") is placed at its city and says so.
 */
import type { StoryFeature } from '../story/schema.ts';
import { MAX_LABEL_LENGTH } from '../story/plain-text.ts';
import type { Place } from './gazetteer.ts';
import type { Found, Resolution } from './resolver.ts';
import type { Sentence } from './sentences.ts';

/** A found name with the sentence it stands in. */
export interface FoundIn extends Found {
  sentence: Sentence;
}

interface Entity { name: string; label: string; place: Place; approximate: boolean; sentences: Sentence[] }

const PRECISION_OF = { city: 'city', country: 'country', region: 'region' } as const;

/** A feature id from a name: "Brussels’ Molenbeek" → "brussels-molenbeek". */
export function slug(name: string): string {
  const base = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 72);
  return base || 'place';
}

function entitiesOf(found: readonly FoundIn[], resolved: ReadonlyMap<string, Resolution>): Entity[] {
  const entities = new Map<string, Entity>();
  const add = (key: string, name: string, label: string, place: Place, approximate: boolean, sentence: Sentence) => {
    const entity = entities.get(key) ?? { name, label, place, approximate, sentences: [] };
    if (!entity.sentences.includes(sentence)) entity.sentences.push(sentence);
    entities.set(key, entity);
  };
  for (const { mention, sentence } of found) {
    const own = resolved.get(mention.lookup)?.place;
    const host = own ?? (mention.partOf && mention.within ? resolved.get(mention.within)?.place : undefined);
    if (!host) continue;
    if (own && mention.name === mention.lookup) add(own.source, own.name, own.name, own, false, sentence);
    else add(`part:${mention.name}@${host.source}`, `${mention.name}, ${host.city}`, mention.name, host, true, sentence);
    for (const site of mention.sites) add(`site:${site}@${host.source}`, `${site}, ${host.city}`, site, host, true, sentence);
  }
  return [...entities.values()];
}

/** The draft's features, in the order the article first names them; `isUnique` says whether a sentence may be quoted. */
export function draftFeatures(found: readonly FoundIn[], resolved: ReadonlyMap<string, Resolution>, isUnique: (quote: string) => boolean): StoryFeature[] {
  const ids = new Set<string>();
  return entitiesOf(found, resolved).flatMap(({ name, label, place, approximate, sentences }) => {
    const passage = [...new Set(sentences.map((sentence) => sentence.text))].filter(isUnique);
    if (passage.length === 0) return [];
    let id = slug(name);
    for (let n = 2; ids.has(id); n += 1) id = `${slug(name)}-${n}`;
    ids.add(id);
    const feature: StoryFeature = {
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: {
        name,
        label: label.length <= MAX_LABEL_LENGTH ? label : `${label.slice(0, MAX_LABEL_LENGTH - 1)}…`,
        city: place.city.length <= MAX_LABEL_LENGTH ? place.city : place.city.slice(0, MAX_LABEL_LENGTH),
        layer: 'context',
        precision: approximate ? 'city' : PRECISION_OF[place.kind],
        passage,
        ...(approximate && { note: `Placed at ${place.city}: the gazetteer has no entry for ${label} itself.` }),
        source: place.source,
      },
    };
    return [feature];
  });
}
