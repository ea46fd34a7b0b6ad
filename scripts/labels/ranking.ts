/**
 * The order in which the basemap's names are placed, as on a newspaper's locator map: the story's
 * countries first, then the oceans and seas, the other countries, the story's capitals and cities,
 * the rivers, and last the cities the story never names. Within each, the names that may show
 * sooner first, then by kind (KIND_ORDER), then the bigger first.
 */
import type { BasemapLabel, BasemapLabelKind } from '../../src/labels/label-data.ts';

/** A name before ranking: `size` (area, population, or minus its place in a hand-written list) breaks ties. */
export type UnrankedLabel = Omit<BasemapLabel, 'rank' | 'story'> & { size: number; story: boolean };

const KIND_ORDER: BasemapLabelKind[] = ['ocean', 'country', 'sea', 'capital', 'city', 'river'];

/**
 * Names that may show from this zoom or sooner (a story's whole region, as its first view shows it)
 * rank by tier first; those that wait for a closer view rank by their least zoom first. A name ranked
 * first holds back every name it meets, until they part, from the zoom it shows on (activation.ts):
 * ranked by tier alone, Monaco (from zoom 7) would keep Nice unnamed until zoom 8, the Vatican Rome
 * until 9.
 */
export const TIERED_UNTIL_ZOOM = 4;

/** Where a name stands in the ranking, before its zoom: the story's countries first, the cities it never names last. */
export function rankTier({ kind, story }: Pick<UnrankedLabel, 'kind' | 'story'>): number {
  switch (kind) {
    case 'country':
      return story ? 0 : 2;
    case 'ocean':
    case 'sea':
      return 1;
    case 'capital':
    case 'city':
      return story ? 3 : 5;
    case 'river':
      return 4;
  }
}

/** The first sort key: one band for the names of the first views, then each later zoom its own. */
function zoomBand({ minZoom }: Pick<UnrankedLabel, 'minZoom'>): number {
  return Math.max(minZoom, TIERED_UNTIL_ZOOM);
}

function compare(a: UnrankedLabel, b: UnrankedLabel): number {
  return (
    zoomBand(a) - zoomBand(b) ||
    rankTier(a) - rankTier(b) ||
    a.minZoom - b.minZoom ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    b.size - a.size ||
    a.name.localeCompare(b.name)
  );
}

/** The names in rank order, ranked from 0; of two names alike within a degree, only the higher ranked. */
export function rankLabels(unranked: readonly UnrankedLabel[]): BasemapLabel[] {
  return [...unranked]
    .sort(compare)
    .filter((label, i, all) => !all.slice(0, i).some((other) => other.name === label.name && Math.hypot(other.position[0] - label.position[0], other.position[1] - label.position[1]) < 1))
    .map(({ name, kind, position, minZoom, story, places, alsoAt, depth }, rank): BasemapLabel => ({ name, kind, position, rank, minZoom, ...(story && { story: true as const }), ...(places && { places }), ...(alsoAt && { alsoAt }), ...(depth !== undefined && { depth }) }));
}
