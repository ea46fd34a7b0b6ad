import { afterEach, describe, expect, it, vi } from 'vitest';
import { postToWindow } from './post-to-window.ts';

function target() {
  const sent: unknown[][] = [];
  return { sent, window: { postMessage: (...args: unknown[]) => sent.push(args) } as unknown as Window };
}

describe('postToWindow', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names our own origin as the only reader where the page is served', () => {
    vi.stubGlobal('window', { origin: 'http://127.0.0.1:4173' });
    vi.stubGlobal('navigator', {});
    const to = target();
    postToWindow(to.window, { a: 1 });
    expect(to.sent).toEqual([[{ a: 1 }, 'http://127.0.0.1:4173']]);
  });

  it('goes to any origin only from a page opened from a file, whose origin cannot be named', () => {
    vi.stubGlobal('window', { origin: 'null' });
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    const to = target();
    postToWindow(to.window, { a: 1 }, true);
    expect(to.sent).toEqual([[{ a: 1 }, '*']]);
  });

  it('lends full screen with a key press, to our own origin', () => {
    vi.stubGlobal('window', { origin: 'http://127.0.0.1:4173' });
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    const to = target();
    postToWindow(to.window, { a: 1 }, true);
    expect(to.sent).toEqual([[{ a: 1 }, { targetOrigin: 'http://127.0.0.1:4173', delegate: 'fullscreen' }]]);
  });
});
