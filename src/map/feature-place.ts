/** A story feature as the camera frames it (framing.ts): its point, or every vertex of its line or shape. */
import type { StoryFeature } from '../story/schema.ts';
import type { FramePlace } from './camera/framing.ts';

/** A feature as a place to frame: its point, or every vertex of its line or shape (both ends of a flow). */
export function featurePlace(feature: StoryFeature): FramePlace {
  const { geometry } = feature;
  const positions =
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  return { id: feature.id, points: positions.map(([lng = 0, lat = 0]) => ({ lat, lng })) };
}
