import { describe, expect, it } from 'vitest';
import { validateTour } from '../story/validate-story.ts';
import { describeTourProblem, describeTourProblems, readTourFile, tourFileText } from './tour-file.ts';
import { TINY_TOUR, tinyStory } from './tiny-story.fixture.ts';
import type { Tour } from '../story/schema.ts';

const story = tinyStory();

describe('tour files', () => {
  it('writes a tour that reads back the same', async () => {
    const text = tourFileText(story.tour!);
    expect(JSON.parse(text)).toEqual(TINY_TOUR);
    const check = await readTourFile(new File([text], 'tour.json'), story);
    expect(check).toEqual({ ok: true, tour: TINY_TOUR });
  });

  it('writes the same tour as the same text, whatever order its fields were read in', () => {
    const tour = TINY_TOUR as Tour;
    const reordered: Tour = { stops: tour.stops.map(({ passage, layers, camera, features, title, ...rest }) => ({ ...rest, passage, layers, camera, features, title })), title: tour.title };
    expect(tourFileText(reordered)).toBe(tourFileText(tour));
  });

  it('names the file, the stop (numbered from 1, with its title where known) and the field of each problem, stop by stop', () => {
    const bad = { ...TINY_TOUR, stops: [{ ...TINY_TOUR.stops[0]!, features: ['atlantis'] }, { ...TINY_TOUR.stops[1]!, title: '' }] };
    const check = validateTour(JSON.stringify(bad), 'mine.json', story);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(describeTourProblems(check.problems)).toEqual([
      'mine.json, stop 1 (“Paris”), features: no feature has the id "atlantis"',
      'mine.json, stop 2, title: must not be empty',
    ]);
    expect(describeTourProblem(check.problems[1]!, false)).toBe('features: no feature has the id "atlantis"');
  });

  it('says what is wrong with a file that is no tour at all', async () => {
    const check = await readTourFile(new File(['{"title": "x", "stops": "all of them"}'], 'x.json'), story);
    expect(check.ok ? [] : describeTourProblems(check.problems)).toEqual(['x.json, stops: must be a list of stops']);
    const huge = await readTourFile(new File(['x'.repeat(1_000_001)], 'huge.json'), story);
    expect(huge.ok ? [] : describeTourProblems(huge.problems)).toEqual(['huge.json, the file is 1000001 bytes long; a tour file is a few kilobytes']);
  });
});
