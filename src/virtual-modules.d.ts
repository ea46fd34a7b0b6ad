/** The embedded basemap, made at build time by scripts/basemap-plugin.ts. */
declare module 'virtual:countries-50m' {
  /** Country outlines as SVG path data in the units of src/map/basemap/basemap-paths.ts; rejects if they cannot be loaded. */
  export function loadCountries(): Promise<string[]>;
}

declare module 'virtual:basemap-labels' {
  /** One short credit per data package of the names and rivers, known before they load (the map's attribution). */
  export const labelCredits: readonly string[];
  /** The basemap's names and rivers, made at build time (scripts/labels-plugin.ts). */
  export function loadLabelData(): Promise<import('./labels/label-data.ts').LabelData>;
}

declare module 'virtual:story-stamp' {
  /** The fingerprints of the story files the build validated, by file name; null in development. */
  const stamp: Readonly<Record<string, string>> | null;
  export default stamp;
}
