import { describe, expect, it } from 'vitest';
import { GroupTrail } from './group-trail.ts';

const europe = { center: { lat: 45, lng: 15 }, zoom: 4 };
const brussels = { center: { lat: 50.84, lng: 4.35 }, zoom: 9 };

describe('the way back out of opened groups', () => {
  it('steps back out one group at a time, innermost first, and tells its listeners when it changes', () => {
    const trail = new GroupTrail();
    const heard: boolean[] = [];
    const stop = trail.subscribe(() => heard.push(trail.hasWayBack()));
    expect(trail.hasWayBack()).toBe(false);
    trail.push(europe);
    trail.push(brussels);
    expect(trail.pop()).toEqual(brussels);
    expect(trail.pop()).toEqual(europe);
    expect(trail.pop()).toBeUndefined();
    expect(heard).toEqual([true, true, true, false]);
    stop();
    trail.push(europe);
    expect(heard).toHaveLength(4);
  });

  it('is cleared by any other move, once', () => {
    const trail = new GroupTrail();
    let calls = 0;
    trail.subscribe(() => (calls += 1));
    trail.push(europe);
    trail.clear();
    trail.clear();
    expect(trail.hasWayBack()).toBe(false);
    expect(calls).toBe(2);
  });
});
