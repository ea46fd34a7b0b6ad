/*
 * The service worker of the served build (`sw.js`): it keeps every file of the build, so that a second
 * visit works with no network at all, and is quick on a slow one. Written at build time by
 * scripts/offline-cache-plugin.ts, which puts the build's file list and version in place of the
 * placeholder below. Plain JavaScript: it is copied as it is, not bundled.
 */
const { files: FILES, version: VERSION } = self.__BUILD__;
// A cache per folder the build is served from: two story maps on one host (each its own build, in
// its own folder) keep their own files, and a new build replaces only its folder's cache.
const PREFIX = `story-map-${self.registration.scope}-`;
const CACHE = `${PREFIX}${VERSION}`;
/** The caches of builds from before caches were per folder: one per host. */
const PER_HOST = /^story-map-[0-9a-f]{16}$/;
const PAGE = './';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll([PAGE, ...FILES]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => (name.startsWith(PREFIX) && name !== CACHE) || PER_HOST.test(name)).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The page: from the cache at once, refreshed from the network for next time when it answers. */
function servePage(event) {
  const cached = caches.match(PAGE, { cacheName: CACHE, ignoreVary: true });
  const fresh = fetch(event.request)
    .then(async (response) => {
      if (response.ok) await (await caches.open(CACHE)).put(PAGE, response.clone());
      return response;
    });
  event.waitUntil(fresh.catch(() => undefined));
  return cached.then((response) => response ?? fresh);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(servePage(event));
    return;
  }
  // Every other file of the build has its content's hash in its name (or is the icon): cache first.
  // Scripts are asked for with an Origin header that the cached copy was not: ignore Vary.
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true, ignoreVary: true }).then((cached) => cached ?? fetch(request)));
});
