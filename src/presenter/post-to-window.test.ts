import { afterEach, describe, expect, it, vi } from 'vitest';
import { postToWindow } from './post-to-window.ts';

/** What `postToWindow` sends from a page of `origin`, with or without a key press lending full screen. */
function sentFrom(origin: string, keyPress: boolean, delegateFullscreen: boolean): unknown[][] {
  vi.stubGlobal('window', { origin });
  vi.stubGlobal('navigator', keyPress ? { userActivation: { isActive: true } } : {});
  const sent: unknown[][] = [];
  postToWindow({ postMessage: (...args: unknown[]) => sent.push(args) } as unknown as Window, { a: 1 }, delegateFullscreen);
  return sent;
}

describe('postToWindow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names our own origin as the only reader where the page is served', () => {
    expect(sentFrom('http://127.0.0.1:4173', false, false)).toEqual([[{ a: 1 }, 'http://127.0.0.1:4173']]);
  });

  it('goes to any origin only from a page opened from a file, whose origin cannot be named', () => {
    expect(sentFrom('null', true, true)).toEqual([[{ a: 1 }, '*']]);
  });

  it('lends full screen with a key press, to our own origin', () => {
    expect(sentFrom('http://127.0.0.1:4173', true, true)).toEqual([[{ a: 1 }, { targetOrigin: 'http://127.0.0.1:4173', delegate: 'fullscreen' }]]);
  });
});
