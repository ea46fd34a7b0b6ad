/**
 * The places handout's map figure: the printed map, its key, and a caption for the inset and the places left
 * off the map.
 */
import { useEffect, useMemo } from 'react';
import type { StoryFeature } from '../story/schema.ts';
import { numberedName } from './numbered-name.ts';
import { printMapLayout } from './print-map-layout.ts';
import { PrintKey } from './PrintKey.tsx';
import { PrintMap } from './PrintMap.tsx';
import { usePrintRequested } from './use-print-requested.ts';


/**
 * The printed map with its key, and under it the places it cannot show, "Not on this map". Laid out
 * only once printing is asked for (the layout is the costly part of the handout); tells the list which
 * places are left out.
 */
export function PrintMapFigure({ features, numbers, onOffMap }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  onOffMap: (offMap: readonly StoryFeature[]) => void;
}) {
  const requested = usePrintRequested();
  const layout = useMemo(() => (requested ? printMapLayout(features, numbers) : null), [requested, features, numbers]);
  useEffect(
    function tellTheListWhatIsLeftOut() {
      onOffMap(layout?.offMap ?? []);
    },
    [layout, onOffMap],
  );
  if (!layout) return null;
  return (
    <figure className="print-map-figure">
      <PrintMap layout={layout} />
      <PrintKey features={features.filter((f) => !layout.offMap.includes(f))} />
      <figcaption className="print-off-map">
        {!layout.numbered && <>Too many places to number on the map: the list below gives them all. </>}
        {layout.inset && (
          <>
            <strong>Inset</strong>: the boxed area enlarged {Math.round(layout.inset.zoom)} times, with places{' '}
            {layout.inset.panel.numbers.map((n) => Number(n.label)).sort((a, b) => a - b).join(', ')}.{' '}
          </>
        )}
        {layout.offMap.length > 0 && (
          <>
            <strong>Not on this map</strong> (too far away for its frame): {layout.offMap.map((f) => numberedName(f, numbers)).join(' · ')}
          </>
        )}
      </figcaption>
    </figure>
  );
}
