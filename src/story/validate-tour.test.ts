/** The tour's rules (validate-tour.ts), as validateStory applies them to a story folder's tour.json. */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateStory } from './validate-story.ts';
import { firstFeature, problemsOf, validFiles, type Files } from '../../tests/fixtures/story-files.ts';

describe('validateStory: the tour', () => {
  function withTour(tour: unknown): Files {
    return { ...validFiles(), 'tour.json': tour };
  }
  const stop = { title: 'Paris', features: ['paris'], camera: { bbox: [2, 48, 3, 49] }, layers: ['attacks'], passage: ['Something happened in Paris.'] };

  it('accepts a tour whose stops name real features, shown layers and verbatim quotes', () => {
    const text = Object.fromEntries(Object.entries(withTour({ title: 'T', stops: [stop, { ...stop, camera: { center: [2.35, 48.85], zoom: 6 }, question: 'Why?' }] })).map(([n, v]) => [n, JSON.stringify(v)]));
    const result = validateStory(text);
    expect(result.ok && result.story.tour?.stops).toHaveLength(2);
  });

  it('has no tour when there is no tour.json', () => {
    const text = Object.fromEntries(Object.entries(validFiles()).map(([n, v]) => [n, JSON.stringify(v)]));
    const result = validateStory(text);
    expect(result.ok && result.story.tour).toBeNull();
  });

  it('reports an unknown feature, a hidden layer, a bad camera and a quote not in the article, all at once', () => {
    const bad = { ...stop, features: ['paris', 'nowhere', 'raqqa'], camera: { bbox: [3, 48, 2, 95] }, passage: ['Not in the article.'] };
    const messages = problemsOf(withTour({ title: 'T', stops: [bad] })).map(formatProblem);
    expect(messages).toEqual([
      'story/tour.json: stops[0] ("Paris").features: no feature has the id "nowhere"',
      'story/tour.json: stops[0] ("Paris").layers: "raqqa" is in the strongholds layer, which this stop hides',
      expect.stringMatching(/stops\[0\] \("Paris"\)\.camera\.bbox \(east, north\): latitude 95 is outside/),
      'story/tour.json: stops[0] ("Paris").camera.bbox: must be [west, south, east, north] with west < east and south < north',
      'story/tour.json: stops[0] ("Paris").passage[0]: not found word for word in the article: "Not in the article."',
    ]);
  });

  it('reports a stop month that is not YYYY-MM, and one that would hide the stop\'s own feature', () => {
    const messages = problemsOf(withTour({ title: 'T', stops: [{ ...stop, until: '2015-13' }] })).map(formatProblem);
    expect(messages).toEqual(['story/tour.json: stops.0.until: must be a month written YYYY-MM, as in "2014-05"']);
    const files = withTour({ title: 'T', stops: [{ ...stop, until: '2014-05' }] });
    firstFeature(files, 'attacks.geojson').properties.date = '2015-11-13';
    expect(problemsOf(files).map(formatProblem)).toEqual([
      'story/tour.json: stops[0] ("Paris").until: "paris" is dated 2015-11-13, after the stop\'s month 2014-05, so the stop would hide it',
    ]);
  });

  it('reports a tour with no stops', () => {
    expect(problemsOf(withTour({ title: 'T', stops: [] })).map((p) => p.message)).toEqual(['stops: must hold at least one stop']);
  });
});
