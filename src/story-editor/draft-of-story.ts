/**
 * A story shown on the map as a draft to edit: the way back from a story package (or a single file)
 * into the editor, so that a story shared from another browser can be corrected. The editor edits
 * points and lines between them; a story with areas, routes of more than two points, or lines that do
 * not run from one of its places to another is refused, with the reason. Pure.
 */
import { articleToText } from '../story/article-text.ts';
import type { StoryFeature } from '../story/schema.ts';
import type { Story } from '../story/validate-story.ts';
import { EMPTY_DRAFT, type DraftFlow, type DraftPlace, type DraftSentence, type DraftState } from './draft-model.ts';

/** A draft of the story, or why the editor cannot edit it. */
export type StoryDraft = { draft: DraftState } | { refused: string };

/** A point place of a story as a place of the draft (`status`: accepted from a story, proposed by the drafter); null for any other feature. */
export function draftPlaceOf({ id, geometry, properties: p }: StoryFeature, status: DraftPlace['status'] = 'accepted'): DraftPlace | null {
  if (geometry.type !== 'Point' || p.layer === 'flows') return null;
  const [lon = 0, lat = 0] = geometry.coordinates;
  return {
    kind: 'place',
    id,
    status,
    name: p.name,
    label: p.label ?? p.name,
    layer: p.layer,
    coordinates: [lon, lat],
    precision: p.precision,
    source: p.source,
    passage: [...p.passage],
    ...(p.date !== undefined && { date: p.date }),
    ...(p.endDate !== undefined && { endDate: p.endDate }),
    ...(p.deaths !== undefined && { deaths: p.deaths.record }),
    ...(p.note !== undefined && { note: p.note }),
    ...(p.city !== undefined && { city: p.city }),
    candidates: [],
  };
}

/** A two-point line from one place to another, as a flow between them; null where it is not one. */
function flowOf({ id, geometry, properties: p }: StoryFeature, places: readonly DraftPlace[]): DraftFlow | null {
  if (geometry.type !== 'LineString' || geometry.coordinates.length !== 2 || !p.flow || !p.date) return null;
  const at = ([lon, lat]: readonly number[]) => places.find(({ coordinates: [x, y] }) => x === lon && y === lat);
  const [from, to] = [at(geometry.coordinates[0] ?? []), at(geometry.coordinates[1] ?? [])];
  if (!from || !to) return null;
  return { kind: 'flow', id, name: p.name, from: from.id, to: to.id, flow: p.flow, date: p.date, ...(p.endDate !== undefined && { endDate: p.endDate }), passage: [...p.passage] };
}

/** The story as a draft, its sentences as `sentences` gives them (the drafter splits the article). */
export function draftOfStory(story: Story, sentences: readonly DraftSentence[]): StoryDraft {
  const places = story.features.flatMap((feature) => draftPlaceOf(feature) ?? []);
  const lines = story.features.filter((feature) => feature.properties.layer === 'flows');
  const flows = lines.flatMap((feature) => flowOf(feature, places) ?? []);
  const kept = new Set([...places, ...flows].map((item) => item.id));
  const left = story.features.filter((feature) => !kept.has(feature.id));
  if (left.length > 0) {
    const names = left.slice(0, 3).map((feature) => feature.properties.name).join(', ');
    return { refused: `The editor edits places and lines from one place to another; this story also has ${left.length === 1 ? 'an area or route' : `${left.length} areas or routes`} it cannot edit (${names}${left.length > 3 ? ', …' : ''}).` };
  }
  const text = articleToText(story.article);
  return {
    draft: {
      ...EMPTY_DRAFT,
      articleText: text,
      foundText: text,
      article: story.article,
      sentences: [...sentences],
      places,
      flows,
      stops: (story.tour?.stops ?? []).map((stop, index) => ({ key: `stop-${index + 1}`, title: stop.title, features: [...stop.features], passage: [...stop.passage] })),
    },
  };
}
