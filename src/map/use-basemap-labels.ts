import { useEffect, useState } from 'react';
import type { PreparedLabel } from './prepare-basemap-labels.ts';

/** The basemap's names, prepared for placement once they have loaded; null until then. */
export function useBasemapLabels(): readonly PreparedLabel[] | null {
  const [labels] = useState<readonly PreparedLabel[] | null>(null);
  useEffect(function loadBasemapLabels() {}, []);
  return labels;
}
