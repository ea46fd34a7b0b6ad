import { describe, expect, it } from 'vitest';
import { isDraftPreview, previewAddress } from './draft-preview.ts';

describe('the preview of the draft', () => {
  it('is asked for by ?preview=draft, and by nothing else', () => {
    expect(isDraftPreview('?preview=draft')).toBe(true);
    expect(isDraftPreview('?x=1&preview=draft')).toBe(true);
    expect(isDraftPreview('')).toBe(false);
    expect(isDraftPreview('?preview=other')).toBe(false);
  });

  it('opens the same page with the query and without a route', () => {
    expect(previewAddress('http://127.0.0.1:4173/maps/index.html?a=1#/place/paris')).toBe('http://127.0.0.1:4173/maps/index.html?preview=draft');
  });
});
