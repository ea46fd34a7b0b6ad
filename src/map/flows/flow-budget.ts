/**
 * How the flows are shared between SVG buttons, up to a fixed number with the selection first, and lines
 * drawn on a canvas.
 */
import type { StoryFeature } from '../../story/schema.ts';

/** The most flows drawn as buttons (SVG paths, reached by Tab); beyond, they are drawn on a canvas. */
export const FLOW_BUDGET = 150;

/** The flows that are buttons (the selection's first, then story order) and those drawn on the canvas. */
export function shareFlows(features: readonly StoryFeature[], selectedId: string | null, relatedIds: readonly string[]): { buttons: StoryFeature[]; drawn: StoryFeature[] } {
  if (features.length <= FLOW_BUDGET) return { buttons: [...features], drawn: [] };
  const focus = (f: StoryFeature) => f.id === selectedId || relatedIds.includes(f.id);
  const buttons = [...features.filter(focus), ...features.filter((f) => !focus(f))].slice(0, FLOW_BUDGET);
  const chosen = new Set(buttons);
  return { buttons: features.filter((f) => chosen.has(f)), drawn: features.filter((f) => !chosen.has(f)) };
}
