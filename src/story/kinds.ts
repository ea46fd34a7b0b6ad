/**
 * The kinds of things a story holds: its layers, how precisely a place is placed, what moves along a
 * flow. Plain constants, apart from the schema, so that the page can use them without loading it.
 */

/** The map's layers, in drawing and listing order; a layer's features live in `geo/<id>.geojson`. */
export const LAYER_IDS = ['attacks', 'strongholds', 'networks', 'flows', 'context'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** How exactly a feature's coordinates place it. */
export const PRECISIONS = ['site', 'district', 'city', 'region', 'country'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** What moves along a flow; each kind has its own line style. */
export const FLOW_KINDS = ['travel', 'funding', 'recruitment', 'return'] as const;
export type FlowKind = (typeof FLOW_KINDS)[number];

/**
 * How exactly a feature's `date` and `endDate` date it: to the `day` (the default), or only to the
 * `month` or `year`, where the record is coarse. A coarse date is written as its first day
 * (`2014-06-01` for June 2014, `2013-01-01` for 2013) and shown as the month or the year.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
