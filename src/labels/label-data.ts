/**
 * The names the embedded basemap can show: countries, seas and oceans, capitals and major cities,
 * and the main rivers of the story's region. Made at build time from npm data packages (see
 * scripts/labels-plugin.ts) and loaded after first paint through `virtual:basemap-labels`.
 */
import type { LandGrid } from './land-grid.ts';

/** What a basemap name belongs to; it sets its type style and its place in the ranking. */
export type BasemapLabelKind = 'ocean' | 'sea' | 'country' | 'capital' | 'city' | 'river';

/** One name on the basemap, a candidate for the label placement. */
export interface BasemapLabel {
  /** The English name readers know (Raqqa, not Ar Raqqah). */
  name: string;
  kind: BasemapLabelKind;
  /** Where the name is anchored, GeoJSON `[lon, lat]`: a city's point, a country's or sea's label point, a point on a river. */
  position: [number, number];
  /** Lower ranks are placed first: 0 is the most important name of the map. */
  rank: number;
  /** The least zoom at which the name may show. */
  minZoom: number;
  /**
   * Present on the story's own countries and cities (those that hold one of its places or that its
   * article names), which rank first of their kind; a city without it is one the story never names,
   * set in a quieter style.
   */
  story?: true;
  /**
   * A story country's places of the story, `[lon, lat]` (a place on its border too): a story symbol
   * standing on one is its own, and its name's line may end there (Belgium's at Brussels's disc).
   */
  places?: [number, number][];
  /** A story country's other points well inside it, `[lon, lat]`, where its name may go when its label point is crowded. */
  alsoAt?: [number, number][];
  /**
   * A story country's depth: how far its label point lies from its nearest edge, in Mercator degrees
   * (its other points lie a third of that inside or more). A name set within it needs no line.
   */
  depth?: number;
}

/** A river drawn on the basemap: its name and its lines, GeoJSON `[lon, lat]`, simplified. */
export interface RiverLine {
  name: string;
  lines: [number, number][][];
}

/** Everything `loadLabelData()` gives. */
export interface LabelData {
  labels: BasemapLabel[];
  rivers: RiverLine[];
  /** One short credit per data package, shown in the map's attribution. */
  credits: string[];
  /** Which country lies where (land-grid.ts), for where a country's name may stand. */
  land: LandGrid;
}
