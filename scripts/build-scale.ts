/**
 * `tsx scripts/build-scale.ts`: the app built with a story of thousands of places, for the browser
 * tests at scale (tests/browser/scale.test.ts): the real story of geo/ plus 5,000 generated places and
 * 500 flows (scripts/bench/scale-story.ts), built into dist-scale/. Run by `npm test` before Vitest.
 */
import { build } from 'vite';
import { writeScaleStory } from './bench/scale-story.ts';

const SCALE_TEST = { story: 'test-results/scale-story', outDir: 'dist-scale', places: 5000, flows: 500 };

const features = writeScaleStory('geo', SCALE_TEST.story, SCALE_TEST);
process.env.STORY_DIR = SCALE_TEST.story;
await build({ build: { outDir: SCALE_TEST.outDir, emptyOutDir: true }, logLevel: 'warn' });
console.log(`dist-scale/: the app with a story of ${features} features`);
