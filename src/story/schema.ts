/**
 * The one schema of the story data in `geo/`. Types used across the app are derived from it, so the
 * data and the code cannot drift apart. Rules a schema cannot express (geometry, quotes, coverage,
 * unique ids) live in `validate-story.ts`.
 */
import * as v from 'valibot';

import { DATE_PRECISIONS, FLOW_KINDS, LAYER_IDS, PRECISIONS } from './kinds.ts';
import { count, isoDate, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, MAX_WORD_LENGTH, text } from './plain-text.ts';

export { DATE_PRECISIONS, FLOW_KINDS, LAYER_IDS, PRECISIONS, type DatePrecision, type FlowKind, type LayerId, type Precision } from './kinds.ts';

export { activeContent, MAX_LABEL_LENGTH, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './plain-text.ts';

const Paragraph = v.strictObject({
  type: v.literal('paragraph'),
  id: v.string(),
  text: text(20_000),
});

const Photo = v.strictObject({
  type: v.literal('photo'),
  id: v.string(),
  caption: text(MAX_TEXT_LENGTH),
  credit: text(MAX_NAME_LENGTH),
});

const word = () => text(MAX_WORD_LENGTH);
const LayerWords = v.strictObject({ plural: word(), singular: word(), counted: word() });
const layerWords = v.optional(LayerWords);

/** The story's own words for its layers and kinds of line (story-words.ts), each optional. */
const StoryWordsSchema = v.strictObject({
  layers: v.optional(v.strictObject({ attacks: layerWords, strongholds: layerWords, networks: layerWords, flows: layerWords, context: layerWords })),
  flows: v.optional(v.strictObject({ travel: v.optional(word()), funding: v.optional(word()), recruitment: v.optional(word()), return: v.optional(word()) })),
});

/** The article, verbatim, split into its parts; `geo/article.json`. */
export const ArticleSchema = v.strictObject({
  kicker: text(MAX_NAME_LENGTH),
  headline: text(500),
  standfirst: text(MAX_TEXT_LENGTH),
  /** The month the article was published, `YYYY-MM`, and where that is known from: the story's "now". */
  published: v.optional(v.pipe(v.string('must be a month written YYYY-MM'), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, as in "2017-05"'))),
  publishedSource: v.optional(text(MAX_TEXT_LENGTH)),
  parts: v.pipe(v.array(v.variant('type', [Paragraph, Photo]), 'must be a list'), v.minLength(1, 'must not be empty')),
  /** The story's own words for its layers and kinds of flow (story-words.ts). */
  words: v.optional(StoryWordsSchema),
});
export type Article = v.InferOutput<typeof ArticleSchema>;
export type ArticlePart = Article['parts'][number];

/** A GeoJSON position: `[longitude, latitude]`, optionally with an altitude. */
const Position = v.pipe(
  v.array(v.number('must be a number'), 'must be a position [longitude, latitude]'),
  v.minLength(2, 'must be a position [longitude, latitude]'),
  v.maxLength(3, 'must be a position [longitude, latitude] or [longitude, latitude, altitude]'),
);
export type Position = number[];

const Point = v.strictObject({ type: v.literal('Point'), coordinates: Position });
const LineString = v.strictObject({ type: v.literal('LineString'), coordinates: v.array(Position, 'must be a list of positions') });
const MultiLineString = v.strictObject({
  type: v.literal('MultiLineString'),
  coordinates: v.array(v.array(Position, 'must be a list of positions'), 'must be a list of lines'),
});
const Polygon = v.strictObject({
  type: v.literal('Polygon'),
  coordinates: v.array(v.array(Position, 'must be a list of positions'), 'must be a list of rings'),
});

/** The geometries a story may use: points and polygons for places, lines for flows. */
export const GeometrySchema = v.variant('type', [Point, LineString, MultiLineString, Polygon], (issue) =>
  `type must be one of Point, LineString, MultiLineString, Polygon (it is ${JSON.stringify(issue.received)})`,
);
export type Geometry = v.InferOutput<typeof GeometrySchema>;

/** Deaths, not counting the attackers. */
const Deaths = v.strictObject({
  /** The toll on record (see the feature's source). */
  record: count,
  /** The toll the article gives, where it differs or covers more than this feature. */
  article: v.optional(count),
});

/** What the map knows of one place or flow. */
export const PropertiesSchema = v.strictObject({
  name: text(MAX_NAME_LENGTH),
  /** The short name set beside its symbol on the map ("Bataclan", "Mosul"); the name when absent. */
  label: v.optional(text(MAX_LABEL_LENGTH)),
  /** The city or area readers know the place by, which names its group when sites sit together ("Paris · 3"); for a line, where it leads ("France"). */
  city: v.optional(text(MAX_LABEL_LENGTH)),
  layer: v.picklist(LAYER_IDS, `must be one of ${LAYER_IDS.join(', ')}`),
  /** Flows only: what moves along the line. */
  flow: v.optional(v.picklist(FLOW_KINDS, `must be one of ${FLOW_KINDS.join(', ')}`)),
  /** The article itself hedges ("perhaps"): drawn fainter and said so. */
  uncertain: v.optional(v.boolean('must be true or false')),
  date: v.optional(isoDate),
  endDate: v.optional(isoDate),
  /** How exactly `date` and `endDate` date it: `day` (the default), `month` or `year`. */
  datePrecision: v.optional(v.picklist(DATE_PRECISIONS, `must be one of ${DATE_PRECISIONS.join(', ')}`)),
  deaths: v.optional(Deaths),
  /** Strongholds: their state in the article's own words. */
  state: v.optional(text(MAX_NAME_LENGTH)),
  precision: v.picklist(PRECISIONS, `must be one of ${PRECISIONS.join(', ')}`),
  /** The exact sentences of the article that speak of this feature. */
  passage: v.pipe(v.array(text(MAX_TEXT_LENGTH), 'must be a list of quotes'), v.minLength(1, 'must hold at least one quote')),
  /** Where the record differs from the article, or how the place was chosen. */
  note: v.optional(text(MAX_TEXT_LENGTH)),
  source: text(MAX_TEXT_LENGTH),
});

/** A GeoJSON Feature of the story: a stable id, a geometry and its properties. */
export const FeatureSchema = v.looseObject({
  type: v.literal('Feature', 'must be "Feature"'),
  id: v.pipe(
    v.string('must be a string'),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, as in "paris-bataclan"'),
    v.maxLength(80, 'must be at most 80 characters long'),
  ),
  geometry: GeometrySchema,
  properties: PropertiesSchema,
});
export type StoryFeature = v.InferOutput<typeof FeatureSchema>;
export type FeatureProperties = StoryFeature['properties'];

/** A layer file: a GeoJSON FeatureCollection. Its features are checked one by one. */
export const CollectionSchema = v.looseObject({
  type: v.literal('FeatureCollection', 'must be "FeatureCollection"'),
  features: v.array(v.unknown(), 'must be a list of features'),
});

/** Where the camera looks at a tour stop: a `[west, south, east, north]` box, or a centre and zoom. */
const Camera = v.union(
  [
    v.strictObject({ bbox: v.pipe(v.array(v.number('must be a number')), v.length(4, 'must be [west, south, east, north]')) }),
    v.strictObject({ center: Position, zoom: v.pipe(v.number('must be a number'), v.minValue(1), v.maxValue(18)) }),
  ],
  'must be { "bbox": [west, south, east, north] } or { "center": [longitude, latitude], "zoom": n }',
);

/** One stop of the guided tour. */
export const TourStopSchema = v.strictObject({
  title: text(MAX_NAME_LENGTH),
  /** The features the stop shows and highlights, by id. */
  features: v.pipe(v.array(v.string('must be a feature id'), 'must be a list of feature ids'), v.minLength(1, 'must name at least one feature')),
  camera: Camera,
  /** The layers shown at this stop; the others are hidden. */
  layers: v.pipe(v.array(v.picklist(LAYER_IDS, `must be one of ${LAYER_IDS.join(', ')}`)), v.minLength(1, 'must show at least one layer')),
  /** The exact sentences of the article this stop is about. */
  passage: v.pipe(v.array(text(MAX_TEXT_LENGTH), 'must be a list of quotes'), v.minLength(1, 'must hold at least one quote')),
  /** A question for discussion: the teacher's, never the article's, and shown as such. */
  question: v.optional(text(MAX_TEXT_LENGTH)),
  /** A note beside the stop's quotes where the article errs (a date, a toll), shown to the class with them. */
  factNote: v.optional(text(MAX_TEXT_LENGTH)),
  /** The teacher's notes for this stop, shown only in the presenter view, never to the class. */
  notes: v.optional(text(MAX_TEXT_LENGTH)),
  /** The month the stop is about, `YYYY-MM`: what is dated later is hidden while it shows. */
  until: v.optional(v.pipe(v.string('must be a month written YYYY-MM'), v.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, as in "2014-05"'))),
});
export type TourStop = v.InferOutput<typeof TourStopSchema>;

/** The guided tour, `geo/tour.json`: its stops in order. */
export const TourSchema = v.strictObject({
  title: text(MAX_NAME_LENGTH),
  stops: v.pipe(v.array(TourStopSchema, 'must be a list of stops'), v.minLength(1, 'must hold at least one stop')),
});
export type Tour = v.InferOutput<typeof TourSchema>;
