/** The story the baselines draw, read from a story folder at build time (scripts/bench/story-plugin.ts). */
declare module 'virtual:bench-story' {
  import type { Feature, Geometry } from 'geojson';

  /** A place or flow of the story: its name and the passage it quotes. */
  export type BenchFeature = Feature<Geometry, { name: string; passage: string[] }> & { id: string };

  /** Every feature of every layer file, in the app's layer order. */
  const features: BenchFeature[];
  export default features;
}
