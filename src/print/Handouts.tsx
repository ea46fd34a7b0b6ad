/**
 * What the page prints: the handout chosen in the Print… menu (places, places with notes, the tour, the
 * teacher's tour), hidden on screen.
 */
import type { QuotablePart } from '../story/passages.ts';
import type { Article, StoryFeature, Tour } from '../story/schema.ts';
import { PlacesHandout } from './PlacesHandout.tsx';
import { usePrintMode } from './print-mode.ts';
import { TourHandout } from './TourHandout.tsx';
import { usePrintRequested } from './use-print-requested.ts';
import { useReadyToPrint } from './use-ready-to-print.ts';
import { hydrateLater } from '../ui/hydrate-later.tsx';

/**
 * Beyond this many features, the handout is made only once printing is asked for. Below it, it is
 * part of the page from the start: the page's content before (and without) any script.
 */
const MADE_AT_ONCE = 400;

/**
 * Shown only in print: the handout chosen from the Print… menu, the places one by default. A story of
 * thousands of places makes it only when printing is asked for, rather than thousands of entries on
 * the way to its first view. In the prerendered page it is hydrated last, once the map is up.
 */
export const Handouts = hydrateLater(HandoutsNow);

function HandoutsNow({ tour, parts, ...places }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  parts: readonly QuotablePart[];
  article: Article;
  tour: Tour | null;
}) {
  const mode = usePrintMode();
  const requested = usePrintRequested();
  useReadyToPrint();
  if (!requested && places.features.length > MADE_AT_ONCE) return null;
  if (tour && (mode === 'tour' || mode === 'teacher')) return <TourHandout tour={tour} parts={parts} teacher={mode === 'teacher'} {...places} />;
  return <PlacesHandout parts={parts} withNotes={mode === 'notes'} {...places} />;
}
