/**
 * The countries (or cities) the chosen lines lead to, named as the chosen places are. A tour stop of
 * lines ("Fighters coming home": to France, Belgium, the United Kingdom, Germany) has no symbol to
 * name: the map says where its lines go by setting those countries' names as large as a stop's places,
 * from the back of the room, rather than in the basemap's small type.
 */
import { LABEL_STYLES, PRESENTING_AREA_SIZE, PRESENTING_FOCUS_SIZE, type LabelStyle } from '../../labels/label-style.ts';
import { labelHeight } from '../../labels/prepare-basemap-labels.ts';
import type { StoryFeature } from '../../story/schema.ts';
import { ON_AREA, type BasemapCandidate } from './basemap-candidates.ts';

/** The areas the chosen lines of `shown` lead to (their `city`), each once. */
export function areasLedTo(shown: readonly StoryFeature[]): string[] {
  const areas = shown.filter((f) => f.properties.layer === 'flows').map((f) => f.properties.city);
  return [...new Set(areas.filter((area) => area !== undefined))];
}

/**
 * A basemap name that is one of `areas` (in any case), set as a chosen place's name is: first, in
 * dark capitals at the focus size, the smallest area first, called out as far as a place's name
 * where it finds no room; any other name as it was.
 */
export function emphasiseArea(
  { candidate, drawAs, depth }: BasemapCandidate,
  areas: ReadonlySet<string>,
  presenting: boolean,
  measure: (text: string, style: LabelStyle, size: number) => number,
): BasemapCandidate {
  if (!areas.has(candidate.text.toLowerCase())) return { candidate, drawAs, depth };
  const style = LABEL_STYLES.focusArea;
  const size = presenting ? PRESENTING_FOCUS_SIZE : style.size;
  return {
    candidate: {
      ...candidate,
      tier: 'focus',
      // The smallest first: Belgium, among France, Germany and the United Kingdom, finds room only
      // before their names are set over it.
      rank: depth,
      width: Math.ceil(measure(candidate.text, style, size) + 2 * style.haloWidth),
      height: labelHeight(style, size),
      dot: 0,
      // Where the lines' ends crowd a small country (Belgium among France, Germany and the United
      // Kingdom), called out as far as a place's name may be; on a line unless its middle still
      // stands within the country's depth (farther than a country's short reach, a deep country's
      // name could otherwise stand over its neighbour with no line).
      callout: { radius: 0, inside: ON_AREA * depth },
      alsoAt: candidate.alsoAt?.map((at) => ({ ...at, inside: (ON_AREA * depth) / 3 })),
    },
    drawAs: { ...drawAs, style, size, dot: null, tier: 'focus' },
    depth,
  };
}

/**
 * While presenting, a country the story happens in is named in type a class can read from the back
 * of the room (the basemap's 12 px was 12 px on a projector's wall too); on a large map, a size up
 * (`size`: LARGE_MAP_AREA_SIZE); other names as they were.
 */
export function enlargeForTheRoom(name: BasemapCandidate, measure: (text: string, style: LabelStyle, size: number) => number, size = PRESENTING_AREA_SIZE): BasemapCandidate {
  const { candidate, drawAs } = name;
  if (candidate.tier !== 'region') return name;
  const style = drawAs.style;
  return {
    ...name,
    candidate: { ...candidate, width: Math.ceil(measure(candidate.text, style, size) + 2 * style.haloWidth), height: labelHeight(style, size) },
    drawAs: { ...drawAs, size },
  };
}
