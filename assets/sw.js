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

// The clinic's settings.json may be missing (a host that answers 404): the app then starts with
// no settings, online or not, so the worker installs without it rather than not at all.
const OPTIONAL = './settings.json';

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([cache.addAll(PRECACHE.filter((path) => path !== OPTIONAL)), cache.add(OPTIONAL).catch(() => {})]),
      ),
  );
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
    event.respondWith(networkFirst(request, ...pageKeys(request)));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (PRECACHED.has(url.origin + url.pathname)) {
    event.respondWith(networkFirst(request, url.origin + url.pathname));
  }
});

/**
 * Fresh from the network when there is one, and that copy kept in the cache as `keys[0]`;
 * offline, the first of `keys` the cache has. So offline the page is the one last seen, and
 * the files of the app's root that keep their names (settings.json, the manifests, the icons)
 * are too: the clinic's settings as last seen, not as they were when the worker was installed.
 * @param {Request} request
 * @param {...string} keys where the copy is kept, then where else to look
 */
async function networkFirst(request, ...keys) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(keys[0], response.clone());
    return response;
  } catch {
    for (const key of keys) {
      const cached = await cache.match(key);
      if (cached) return cached;
    }
    return Response.error();
  }
}

/**
 * Where a page is kept: es.html's copy for es.html, the app's own for any other address in its
 * scope (kept as './', precached as './' and './index.html').
 * @param {Request} request
 * @returns {string[]}
 */
function pageKeys(request) {
  // es.html, also as `es` where a host serves pages without `.html`.
  const path = new URL(request.url).pathname.replace(/(\.html)?$/, '.html');
  return PAGES.includes(path) ? [`.${path.slice(path.lastIndexOf('/'))}`] : ['./', './index.html'];
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
