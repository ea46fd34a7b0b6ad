import { describe, expect, it } from 'vitest';
import type { StoryFeature } from '../../story/schema.ts';
import { FLOW_BUDGET, shareFlows } from './flow-budget.ts';

const flow = (i: number) => ({ id: `flow-${i}` }) as StoryFeature;
const ids = (features: readonly StoryFeature[]) => features.map((f) => f.id);

describe('shareFlows', () => {
  it('makes every flow a button while they number no more than the budget', () => {
    const flows = Array.from({ length: FLOW_BUDGET }, (_, i) => flow(i));
    expect(shareFlows(flows, null, [])).toEqual({ buttons: flows, drawn: [] });
  });

  it('beyond the budget, keeps the first in story order as buttons and draws the rest, the selection always a button', () => {
    const flows = Array.from({ length: FLOW_BUDGET + 10 }, (_, i) => flow(i));
    const share = shareFlows(flows, 'flow-155', ['flow-158']);
    expect(share.buttons).toHaveLength(FLOW_BUDGET);
    expect(ids(share.buttons)).toContain('flow-155');
    expect(ids(share.buttons)).toContain('flow-158');
    expect(ids(share.buttons)).not.toContain('flow-149');
    expect(ids(share.drawn)).toEqual(['flow-148', 'flow-149', 'flow-150', 'flow-151', 'flow-152', 'flow-153', 'flow-154', 'flow-156', 'flow-157', 'flow-159']);
  });
});
