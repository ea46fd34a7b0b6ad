/**
 * The app never hands text to an API that reads it as HTML or code. React renders text as text;
 * these are the ways around it. Leaflet's own (bindPopup, bindTooltip and setContent with a string)
 * are among them: CVE-2025-69993 is filed against Leaflet 1.9.4 for what bindPopup does with markup,
 * and this app does not call it. A feature's name and note reach the map only through React.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SINKS = /\b(?:bindPopup|bindTooltip|setContent|innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe)\b|\bnew Function\(|\beval\(/;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(tsx?|js)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the app code', () => {
  it('uses no API that reads text as HTML or runs it as code', () => {
    const files = sources('src');
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (SINKS.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//') ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('gives Leaflet icons only elements or constant markup, never text from data', () => {
    const found = sources('src').flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/divIcon\(\{[^}]*html:\s*([^,\n}]+)/g)].map((match) => `${file}: html: ${match[1]?.trim()}`),
    );
    expect(found.length).toBeGreaterThan(0);
    // A variable holding an element built by our code, or an empty string: never a template, never
    // a property of a feature.
    for (const entry of found) expect(entry).toMatch(/html: (?:''|[a-z][A-Za-z]*)$/);
  });
});
