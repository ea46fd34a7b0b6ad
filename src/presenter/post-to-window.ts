/**
 * The one way a message goes from one window of the presentation to the other: the link's state and
 * commands (use-window-link.ts) and the audience's ink (use-presenter-window.ts) alike. It names our
 * own origin as the only one that may read it; a page opened from a file has an opaque origin
 * ("null") that no target can name, so there it goes to any (the other window checks who sent it:
 * window-link.ts). A request for full screen lends this key press's or click's right to go full
 * screen (Chromium's capability delegation), which needs a named origin.
 * `window.origin`, not `location.origin`: for a file, Chromium's `location.origin` says "file://",
 * a target that the other file window never matches, and the message was silently dropped.
 */
export function postToWindow(target: Window, message: unknown, delegateFullscreen = false): void {
  const origin = window.origin;
  const targetOrigin = origin === 'null' ? '*' : origin;
  if (delegateFullscreen && navigator.userActivation?.isActive && origin !== 'null') {
    try {
      target.postMessage(message, { targetOrigin, delegate: 'fullscreen' } as WindowPostMessageOptions);
      return;
    } catch {
      // A browser without fullscreen delegation refuses the option: the plain message below still goes.
    }
  }
  target.postMessage(message, targetOrigin);
}
