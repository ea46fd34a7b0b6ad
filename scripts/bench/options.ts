/** The benchmark's command-line options (see the comment at the top of bench.ts). */
import type { ScaleOptions } from './scale-story.ts';

export interface BenchOptions {
  /** Print the report as JSON (every raw value) instead of the table. */
  json: boolean;
  /** Build the app, the baselines and the scale stories first (off with `--no-build`). */
  build: boolean;
  /** Loads timed for navigation to the first clickable feature. */
  runs: number;
  /** Lighthouse runs with the mobile preset; the desktop preset runs at most 3 times. */
  mobileRuns: number;
  desktopRuns: number;
  /** The scale run's story: `--scale N` places (5,000), a tenth as many flows. */
  scale: ScaleOptions;
  /** The huge run's story: `--huge N` places (50,000), a tenth as many flows; none with `--no-huge`. */
  huge: ScaleOptions | null;
}

function story(places: number): ScaleOptions {
  return { places, flows: Math.round(places / 10) };
}

export function parseOptions(args: readonly string[]): BenchOptions {
  const number = (flag: string, fallback: number) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) || fallback : fallback);
  const mobileRuns = number('--lighthouse-runs', 5);
  return {
    json: args.includes('--json'),
    build: !args.includes('--no-build'),
    runs: number('--runs', 5),
    mobileRuns,
    desktopRuns: Math.min(mobileRuns, 3),
    scale: story(number('--scale', 5000)),
    huge: args.includes('--no-huge') ? null : story(number('--huge', 50_000)),
  };
}
