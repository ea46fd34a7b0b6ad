/** A tiny valid story with a two-stop tour, for the editor's unit tests. */
import { validateStory, type Story } from '../story/validate-story.ts';

const point = (id: string, layer: string, coordinates: number[], passage: string[]) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: { name: id, layer, precision: 'city', passage, source: 'A source' },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** Its tour file's stops, as written. */
export const TINY_TOUR = {
  title: 'A tiny tour',
  stops: [
    { title: 'Paris', features: ['paris'], camera: { bbox: [-5, 40, 10, 52] }, layers: ['attacks'], passage: ['Something happened in Paris.'] },
    { title: 'Raqqa', features: ['raqqa'], camera: { center: [39, 36], zoom: 5 }, layers: ['strongholds'], passage: ['Money came from Raqqa.'], question: 'Why Raqqa?' },
  ],
};

/** The story, validated; throws if the fixture ever stops being valid. */
export function tinyStory(): Story {
  const result = validateStory({
    'article.json': JSON.stringify({
      kicker: 'Analysis',
      headline: 'A headline',
      standfirst: 'A standfirst.',
      parts: [
        { type: 'paragraph', id: 'p1', text: 'Something happened in Paris. Then it happened again in Nice.' },
        { type: 'paragraph', id: 'p2', text: 'Money came from Raqqa. The U.S. President spoke.' },
      ],
    }),
    'attacks.geojson': collection(point('paris', 'attacks', [2.35, 48.85], ['Something happened in Paris.'])),
    'strongholds.geojson': collection(point('raqqa', 'strongholds', [39.0, 35.95], ['Money came from Raqqa.', 'The U.S. President spoke.'])),
    'networks.geojson': collection(),
    'flows.geojson': collection(),
    'context.geojson': collection(point('nice', 'context', [7.26, 43.7], ['Then it happened again in Nice.'])),
    'tour.json': JSON.stringify(TINY_TOUR),
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.story;
}
