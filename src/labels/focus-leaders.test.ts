import { describe, expect, it } from 'vitest';
import { withFocusLeaders } from './focus-leaders.ts';
import type { LabelCandidate, PlacedLabel } from './placement.ts';

const orlando: LabelCandidate = { id: 'orlando', text: 'Orlando', tier: 'focus', rank: 0, x: 100, y: 100, sides: [], width: 80, height: 20, clearance: 39, dot: 0, callout: { radius: 31 } };
const placedAt = (side: PlacedLabel['side'], box: PlacedLabel['box'], tier: PlacedLabel['tier'] = 'focus'): PlacedLabel => ({ id: 'orlando', text: 'Orlando', tier, side, box, cover: box });

describe('withFocusLeaders', () => {
  it('draws a line from the ring to a focus name set below its symbol', () => {
    const [label] = withFocusLeaders([placedAt('below', { x0: 60, y0: 139, x1: 140, y1: 159 })], [orlando]);
    expect(label?.leader).toEqual({ x0: 100, y0: 131, x1: 100, y1: 139 });
  });

  it('leads to the nearest corner of a name set at a corner', () => {
    const [label] = withFocusLeaders([placedAt('below-left', { x0: 0, y0: 139, x1: 100, y1: 159 })], [orlando]);
    expect(label?.leader).toMatchObject({ x1: 100, y1: 139 });
  });

  it('draws none beside the symbol, none for a name close to its ring, and none for other tiers', () => {
    expect(withFocusLeaders([placedAt('right', { x0: 139, y0: 90, x1: 219, y1: 110 })], [orlando])[0]?.leader).toBeUndefined();
    expect(withFocusLeaders([placedAt('below', { x0: 60, y0: 133, x1: 140, y1: 153 })], [orlando])[0]?.leader).toBeUndefined();
    expect(withFocusLeaders([placedAt('below', { x0: 60, y0: 139, x1: 140, y1: 159 }, 'story')], [orlando])[0]?.leader).toBeUndefined();
  });

  it("draws none for a chosen area's name (no symbol, no ring): its callout decides", () => {
    const germany: LabelCandidate = { ...orlando, callout: { radius: 0, inside: Number.POSITIVE_INFINITY } };
    expect(withFocusLeaders([placedAt('below', { x0: 60, y0: 160, x1: 140, y1: 180 })], [germany])[0]?.leader).toBeUndefined();
  });
});
