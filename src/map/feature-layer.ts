/**
 * Props shared by FlowLines, StoryPlaces and PlaceMarkers, the layers that draw the story's features on the
 * map.
 */
import type { StoryFeature } from '../story/schema.ts';
import type { FeatureElements } from './feature-element.ts';

/** What a layer of map features is given: its features, the selection, and where to report. */
export interface FeatureLayerProps {
  features: readonly StoryFeature[];
  selectedId: string | null;
  /** Features shown along with the selection. */
  relatedIds: readonly string[];
  onActivate: (id: string) => void;
  elements: FeatureElements;
  /** How many of the features (in order) are drawn yet: the map's first drawing comes in steps. All when absent. */
  limit?: number;
}
