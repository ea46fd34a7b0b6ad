import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../scripts/build.ts';
import { storyHead } from '../scripts/prerender-plugin.ts';

describe('the build command', () => {
  it('builds geo/ into the config’s folder when given nothing', () => {
    expect(parseBuildArgs([])).toEqual({ story: 'geo', out: undefined, single: false });
  });

  it('takes a story folder and an output folder, spaced or with =, and the single file', () => {
    expect(parseBuildArgs(['--single', '--story', 'tests/fixtures/x', '--out=dist-x'])).toEqual({ story: 'tests/fixtures/x', out: 'dist-x', single: true });
  });

  it('refuses an unknown argument and a flag without its folder', () => {
    expect(() => parseBuildArgs(['--stroy', 'x'])).toThrow(/unknown argument --stroy/);
    expect(() => parseBuildArgs(['--story'])).toThrow(/--story needs a folder/);
    expect(() => parseBuildArgs(['--story', '--single'])).toThrow(/--story needs a folder/);
  });
});

describe('the page’s head', () => {
  const html = '<head><meta name="description" content="x" />\n<title>Story map</title></head>';

  it('names the story: its headline in the title, its kicker and month in the description, as text', () => {
    const head = storyHead(html, { headline: 'Ports & <Rivers>', kicker: 'Feature', published: '2024-03', standfirst: '', parts: [] } as never);
    expect(head).toContain('<title>Story map: Ports &amp; &lt;Rivers&gt;</title>');
    expect(head).toContain('content="An interactive story map of the March 2024 feature “Ports &amp; &lt;Rivers&gt;”: every place');
  });

  it('fails loudly when index.html has no title to replace', () => {
    expect(() => storyHead('<head></head>', { headline: 'x', kicker: 'y' } as never)).toThrow(/no <title>/);
  });
});
