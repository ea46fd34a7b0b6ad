/**
 * Registers the service worker that keeps the served build for visits with no network. Not in the
 * single-file build (it has no other file to keep, and a file opened from disk cannot have one), and
 * not in development. After the page has loaded, when the browser is idle, so that it never competes
 * with the first visit.
 */
export function registerOfflineCache(): void {
  if (!import.meta.env.PROD || import.meta.env.MODE === 'single') return;
  if (!('serviceWorker' in navigator) || !window.location.protocol.startsWith('http')) return;
  function register() {
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      // The app works without it; only the next visit with no network will not.
      console.warn(`The offline copy could not be set up: ${String(error)}`);
    });
  }
  function registerWhenIdle() {
    if ('requestIdleCallback' in window) window.requestIdleCallback(register, { timeout: 5000 });
    else setTimeout(register, 1000);
  }
  if (document.readyState === 'complete') registerWhenIdle();
  else window.addEventListener('load', registerWhenIdle, { once: true });
}
