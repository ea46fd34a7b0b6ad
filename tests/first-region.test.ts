/** The first view's region of the real story in geo/, worked out from its places. */
import { describe, expect, it } from 'vitest';
import { readStoryFolder } from '../scripts/story-folder.ts';
import { inRegion } from '../src/geometry/densest-region.ts';
import { firstRegion } from '../src/map/first-bounds.ts';
import { validateStory } from '../src/story/validate-story.ts';

const result = validateStory(readStoryFolder('geo'), 'geo/');
if (!result.ok) throw new Error('geo/ does not validate');
const { features } = result.story;
const point = (id: string) => {
  const feature = features.find((f) => f.id === id);
  if (feature?.geometry.type !== 'Point') throw new Error(`no point ${id}`);
  return feature.geometry.coordinates;
};

describe("geo/'s first region", () => {
  const { wide, tall } = firstRegion(features);

  it('is about the region the map once had written in, from Manchester to Tehran and from Libya to Moscow', () => {
    const [[south, west], [north, east]] = wide;
    // The constant it replaces: [[30, -3.5], [56.5, 52.5]].
    expect(Math.abs(south - 30)).toBeLessThan(1);
    expect(Math.abs(west - -3.5)).toBeLessThan(1);
    expect(Math.abs(north - 56.5)).toBeLessThan(1);
    expect(Math.abs(east - 52.5)).toBeLessThan(1);
    for (const id of ['manchester-arena', 'tehran', 'libya', 'moscow', 'sinai', 'paris-bataclan', 'raqqa']) expect(inRegion(wide, point(id)), id).toBe(true);
  });

  it('leaves the places of America, Asia and Australia, and Riyadh below it, beyond the first view', () => {
    for (const id of ['san-bernardino', 'orlando-pulse', 'white-house-lavrov', 'melbourne-suburbs', 'duterte-call', 'submarines-north-korea', 'riyadh']) expect(inRegion(wide, point(id)), id).toBe(false);
  });

  it('frames a narrower core on a tall map: Manchester to Mosul, without Tehran', () => {
    for (const id of ['manchester-arena', 'mosul', 'moscow', 'libya']) expect(inRegion(tall, point(id)), id).toBe(true);
    expect(inRegion(tall, point('tehran'))).toBe(false);
  });

  it('is the whole world for a story without places', () => {
    expect(firstRegion([]).wide).toEqual([[-60, -180], [75, 180]]);
  });
});
