import type { QuotablePart } from '../story/passages.ts';
import type { Article, StoryFeature, Tour } from '../story/schema.ts';
import { PlacesHandout } from './PlacesHandout.tsx';
import { usePrintMode } from './print-mode.ts';
import { TourHandout } from './TourHandout.tsx';

/** Shown only in print: the handout chosen from the Print… menu, the places one by default. */
export function Handouts({ tour, parts, ...places }: {
  features: readonly StoryFeature[];
  numbers: ReadonlyMap<string, number>;
  parts: readonly QuotablePart[];
  article: Article;
  tour: Tour | null;
}) {
  const mode = usePrintMode();
  if (tour && mode !== 'places') return <TourHandout tour={tour} parts={parts} teacher={mode === 'teacher'} />;
  return <PlacesHandout parts={parts} {...places} />;
}
