/**
 * The small printed map of one tour stop on the tour handout, its places numbered as on the places handout.
 */
import { useMemo } from 'react';
import type { StoryFeature, TourStop } from '../story/schema.ts';
import { numberedName } from './numbered-name.ts';
import { positionsOf, printMapLayout } from './print-map-layout.ts';
import { PrintMap } from './PrintMap.tsx';
import { STOP_MAP_WIDTH, stopFrame } from './stop-frame.ts';

/**
 * A tour stop's small printed map: the view its camera shows, with the stop's places and lines
 * numbered as on the places handout (and in its inset where they crowd); drawn once printing is asked for.
 */
export function StopMap({ stop, features, numbers, index }: {
  stop: TourStop;
  /** The stop's own features. */
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  index: number;
}) {
  const layout = useMemo(() => printMapLayout(features, numbers, [], { frame: stopFrame(stop, features.flatMap(positionsOf)), width: STOP_MAP_WIDTH }), [stop, features, numbers]);
  const names = [...features]
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0))
    .map((f) => numberedName(f, numbers))
    .join(' · ');
  return (
    <figure className="print-stop-map" aria-label={`Map of stop ${index + 1}`}>
      <PrintMap layout={layout} label={`Printed map of stop ${index + 1}: ${names}`} />
      <figcaption>{names}</figcaption>
    </figure>
  );
}
