import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleToText } from '../src/story/article-text.ts';
import type { Article, StoryFeature } from '../src/story/schema.ts';
import { validateStory } from '../src/story/validate-story.ts';

const GEO = new URL('../geo/', import.meta.url);
const SHARED_ARTICLE = new URL('../../shared/article.txt', import.meta.url);
/** SHA-256 of the article as published: checked even on a clone without shared/ beside it. */
const ARTICLE_SHA256 = '89f133daf9a493cdfa87dc0a19fa13d289eaa827bd355769d6999c0149bc32a5';

const article = JSON.parse(readFileSync(new URL('article.json', GEO), 'utf8')) as Article;
const files = Object.fromEntries(readdirSync(GEO).map((name) => [name, readFileSync(new URL(name, GEO), 'utf8')]));
const result = validateStory(files, 'geo/');
const features: StoryFeature[] = result.ok ? result.story.features : [];
const byId = new Map(features.map((f) => [f.id, f]));

describe('the article in geo/', () => {
  it.runIf(existsSync(SHARED_ARTICLE))('is word for word the article in ../shared/article.txt', () => {
    expect(articleToText(article)).toBe(readFileSync(SHARED_ARTICLE, 'utf8'));
  });

  it('is the published article, by its fingerprint', () => {
    expect(createHash('sha256').update(articleToText(article)).digest('hex')).toBe(ARTICLE_SHA256);
  });

  it('is split into kicker, headline, standfirst, two captions with credits and twelve paragraphs', () => {
    expect(article.kicker).toBe('Analysis');
    expect(article.headline).toBe('Trump Demonstrates the Pitfalls of Intel Sharing to Prevent Future ISIS Attacks');
    expect(article.parts.filter((p) => p.type === 'paragraph')).toHaveLength(12);
    const photos = article.parts.filter((p) => p.type === 'photo');
    expect(photos.map((p) => p.credit)).toEqual(['Geert Vanden Wijngaert/AP', 'DANIEL LEAL-OLIVAS/AFP']);
  });
});

describe('the story in geo/', () => {
  it('passes validation', () => {
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('places every attack the issue names, each with its date and toll', () => {
    const expected: Record<string, [string, number]> = {
      'brussels-jewish-museum': ['2014-05-24', 4],
      'paris-bataclan': ['2015-11-13', 90],
      'paris-terraces': ['2015-11-13', 39],
      'paris-stade-de-france': ['2015-11-13', 1],
      'san-bernardino': ['2015-12-02', 14],
      'brussels-airport': ['2016-03-22', 16],
      'brussels-maalbeek': ['2016-03-22', 16],
      'orlando-pulse': ['2016-06-12', 49],
      'nice-promenade': ['2016-07-14', 86],
      'manchester-arena': ['2017-05-22', 22],
    };
    for (const [id, [date, deaths]] of Object.entries(expected)) {
      const feature = byId.get(id);
      expect(feature?.properties.date, id).toBe(date);
      expect(feature?.properties.deaths?.record, id).toBe(deaths);
    }
    expect(byId.get('melbourne-suburbs')?.properties.precision).toBe('city');
  });

  it('keeps the Brussels bombings on 22 March 2016, with a note quoting the article’s “April 2016”', () => {
    for (const id of ['brussels-airport', 'brussels-maalbeek']) {
      const feature = byId.get(id);
      expect(feature?.properties.date).toBe('2016-03-22');
      expect(feature?.properties.note).toContain('“April 2016”');
      expect(feature?.properties.deaths).toEqual({ record: 16, article: 32 });
    }
  });

  it('gives every stronghold its state in the article’s own words', () => {
    const strongholds = features.filter((f) => f.properties.layer === 'strongholds');
    expect(strongholds.map((f) => f.id).sort()).toEqual(['libya', 'mosul', 'raqqa', 'sinai']);
    const text = articleToText(article);
    for (const feature of strongholds) expect(text).toContain(feature.properties.state);
  });

  it('draws flows origin first', () => {
    const start = (id: string) => {
      const g = byId.get(id)?.geometry;
      return g?.type === 'LineString' ? g.coordinates[0] : g?.type === 'MultiLineString' ? g.coordinates[0]?.[0] : undefined;
    };
    expect(start('nemmouche-syria-brussels')?.[0]).toBeGreaterThan(30);
    expect(start('raqqa-molenbeek-funding')).toEqual(byId.get('raqqa')?.geometry.coordinates);
    expect(start('south-manchester-to-syria')).toEqual(byId.get('south-manchester')?.geometry.coordinates);
    expect(start('returning-fighters-france')).toEqual(byId.get('mosul')?.geometry.coordinates);
  });

  it('dates every flow, from the record, coarse only where said so in its note', () => {
    const flows = features.filter((f) => f.properties.layer === 'flows');
    expect(flows).toHaveLength(9);
    for (const { id, properties } of flows) {
      expect(properties.date, `${id} has a date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(properties.source, `${id} says where its dates come from`).toMatch(/dates/i);
      if ((properties.datePrecision ?? 'day') !== 'day') expect(properties.note, `${id} says its date is coarse`).toMatch(new RegExp(`dated only to the ${properties.datePrecision}`, 'i'));
    }
    const dates = Object.fromEntries(flows.map((f) => [f.id, [f.properties.date, f.properties.endDate]]));
    expect(dates['nemmouche-syria-brussels']).toEqual(['2014-02-21', '2014-05-24']);
    expect(dates['abedi-libya-manchester']).toEqual(['2017-05-18', undefined]);
    expect(dates['returning-fighters-united-kingdom']).toEqual(['2014-06-01', '2017-10-01']);
  });

  it('shows at each tour stop that sets a month only what had happened by then', () => {
    const stops = result.ok ? (result.story.tour?.stops ?? []) : [];
    expect(stops[1]?.until).toBe('2014-05');
    for (const stop of stops.filter((s) => s.until !== undefined)) {
      for (const id of stop.features) expect((byId.get(id)?.properties.date ?? '').slice(0, 7) <= (stop.until ?? ''), `${stop.title}: ${id}`).toBe(true);
    }
  });

  it('gives every feature a source and a precision', () => {
    for (const feature of features) {
      expect(feature.properties.source.length, feature.id).toBeGreaterThan(10);
    }
  });
});
