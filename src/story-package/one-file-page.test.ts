import { describe, expect, it } from 'vitest';
import { scriptSafeJson, withPackage } from './one-file-page.ts';

/** The single file's shape, as the build writes it: CSP, title, an inline script, the prerendered root, the empty package. */
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-abc='" />
    <meta name="description" content="An interactive story map of the built story." />
    <title>Story map: The built story</title>
    <!-- A story package saved into this page, read before the built story; empty in the build. -->
    <script type="application/json" id="story-package"></script>
    <script type="module">console.log("app")</script>
  </head>
  <body>
    <div id="root"><div class="app"><h1>The built story</h1><div>nested</div><!-- --><p>[<!-- -->32<!-- -->]</p></div></div>
  </body>
</html>`;

describe('the single file with a story in it', () => {
  it('holds the package where the loader reads it, with no way out of its element', () => {
    const page = withPackage(PAGE, '{"files":{"article.json":"</script><script>alert(1)</script>"}}', 'Another story') ?? '';
    const element = /<script type="application\/json" id="story-package">([^<]*)<\/script>/.exec(page);
    expect(element?.[1]).toBe('{"files":{"article.json":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}}');
    expect(JSON.parse(element?.[1] ?? '')).toEqual({ files: { 'article.json': '</script><script>alert(1)</script>' } });
  });

  it('drops the built story’s prerendered page and names the new story, its script and policy untouched', () => {
    const page = withPackage(PAGE, '{}', 'Fish & <Chips>') ?? '';
    expect(page).toContain('<div id="root"></div>\n  </body>');
    expect(page).not.toContain('The built story');
    expect(page).toContain('<title>Story map: Fish &amp; &lt;Chips&gt;</title>');
    expect(page).toContain('content="An interactive story map of “Fish &amp; &lt;Chips&gt;”');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-abc='" />`);
    expect(page).toContain('<script type="module">console.log("app")</script>');
  });

  it('writes a package again over one saved before', () => {
    const once = withPackage(PAGE, '{"a":1}', 'One') ?? '';
    expect(withPackage(once, '{"b":2}', 'Two')).toBe(withPackage(PAGE, '{"b":2}', 'Two'));
  });

  it('refuses a page with no place for the package', () => {
    expect(withPackage(PAGE.replace(/<script type="application\/json"[^]*?<\/script>/, ''), '{}', 'x')).toBeUndefined();
  });

  it('escapes every < of the package, and the line separators old parsers take for line ends', () => {
    expect(scriptSafeJson('"<b>\u2028"')).toBe('"\\u003cb>\\u2028"');
  });
});

describe('the patterns that find the page’s parts', () => {
  it('find nothing in their own source, which the single file holds in its script', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./one-file-page.ts', import.meta.url), 'utf8');
    const page = PAGE.replace('console.log("app")', source);
    expect(withPackage(page, '{}', 'New')).toBe(withPackage(PAGE, '{}', 'New')?.replace('console.log("app")', source));
    expect(source).not.toMatch(/<!--|<script/i);
  });
});
