/** What one benchmark run measured: every raw value, as `--json` prints it and the table reads it. */
import type { LighthouseRuns } from './lighthouse.ts';
import type { Machine } from './machine.ts';
import type { Spread } from './page-timings.ts';
import type { ScaleFigures } from './scale-run.ts';
import type { ScaleOptions } from './scale-story.ts';
import type { SizeRow } from './sizes.ts';
import type { ToPassage } from './to-passage.ts';
import type { WindowLinkDelays } from './window-link.ts';
import type { FindPlaces } from './editor-timings.ts';

/** App against baseline (a): the story's places on a bare React + react-leaflet page. */
export type AgainstA<T> = Record<'app' | 'baseline', T>;

/** A scale run: the app and baseline (b), plain Leaflet on a canvas, drawing the same generated story. */
export interface ScaleReport {
  size: ScaleOptions;
  features: number;
  app: ScaleFigures;
  baseline: ScaleFigures;
}

export interface Report {
  machine: Machine;
  sizes: AgainstA<SizeRow[]>;
  lighthouse: AgainstA<Record<'mobile' | 'desktop', LighthouseRuns>>;
  firstClickable: AgainstA<Spread>;
  toPassage: AgainstA<ToPassage>;
  labels: Spread;
  tour: Spread;
  windowLink: WindowLinkDelays;
  /** The story editor's Find places on this article, in the page. */
  findPlaces: FindPlaces;
  scale: ScaleReport;
  huge: ScaleReport | null;
}
