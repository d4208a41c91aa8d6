// @ts-check
/// <reference lib="webworker" />
// ProloPath's service worker. scripts/bundle.mjs puts in the build id and the precache list
// (the real hashed file names, PROLOPATH_*) and postbuild writes it as sw.js.
const sw = /** @type {ServiceWorkerGlobalScope} */ (/** @type {unknown} */ (self));
const BUILD = PROLOPATH_BUILD;
const CACHE = `prolopath-${BUILD}`;
const PRECACHE = PROLOPATH_PRECACHE;
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css|svg|txt|html)$/;
// The worker sits at the app's root, so the list resolves against its own address.
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, sw.location.href).href));
// The pages built in a language of their own (es.html): each is kept as itself, the rest as './'.
const PAGES = PROLOPATH_PAGES.map((path) => new URL(path, sw.location.href).pathname);

sw.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('prolopath-') && key !== CACHE) await caches.delete(key);
      }
      await sw.clients.claim();
    })(),
  );
});

// A new version waits until the patient chooses to reload (the app offers it).
sw.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(pageNetworkFirst(request));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(networkFirst(request, url.origin + url.pathname));
  }
});

/**
 * The files of the app's root that keep their names (settings.json, the manifests, the icons):
 * fresh when online, and the cached copy made the latest one, so offline the app has the
 * clinic's settings as last seen, not as they were when the worker was installed.
 * @param {Request} request
 * @param {string} key the address without its query, as precached
 */
async function networkFirst(request, key) {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(CACHE)).put(key, response.clone());
    return response;
  } catch {
    return (await caches.match(key)) ?? Response.error();
  }
}

/**
 * The page: fresh from the network when there is one, else the cached copy of the same page
 * (es.html's for es.html, the app's own for any other address in its scope).
 * @param {Request} request
 */
async function pageNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  // es.html, also as `es` where a host serves pages without `.html`.
  const path = new URL(request.url).pathname.replace(/(\.html)?$/, '.html');
  const key = PAGES.includes(path) ? `.${path.slice(path.lastIndexOf('/'))}` : './';
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch {
    return (await cache.match(key)) ?? (key === './' ? await cache.match('./index.html') : undefined) ?? Response.error();
  }
}

/**
 * Hashed files never change: the cache answers, the network only fills gaps.
 * @param {Request} request
 */
async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}
