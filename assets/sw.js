// ProloPath's service worker. scripts/postbuild.mjs fills in the build id and the
// precache list (the real hashed file names) and writes it as sw.js.
const BUILD = '__BUILD__';
const CACHE = `prolopath-${BUILD}`;
const PRECACHE = __PRECACHE__;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg|txt)$/;
// The worker sits at the app's root, so the list resolves against its own address.
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('prolopath-') && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

// A new version waits until the patient chooses to reload (the app offers it).
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageNetworkFirst(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    // The manifest and icons: fresh when online, cached when not.
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true })));
  }
});

/** The page: fresh from the network when there is one, else the cached copy. */
async function pageNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put('./', response.clone());
    return response;
  } catch {
    return (await cache.match('./')) ?? (await cache.match('./index.html')) ?? Response.error();
  }
}

/** Hashed files never change: the cache answers, the network only fills gaps. */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}
