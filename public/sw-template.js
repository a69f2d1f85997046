// Buy-in Check service worker. Generated at build time from public/sw-template.js by
// scripts/post-build.mjs, which fills in the file list and a content-derived cache name.
// It never takes over an open page by itself: the page asks it to when the person chooses
// to reload, so a new version never interrupts an answer.

const CACHE = 'buy-in-check-__CACHE_VERSION__';
const PREFIX = 'buy-in-check-';
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new URL(f, self.registration.scope).href))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate-update') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Every page of the app is index.html (routes live in the hash).
    const index = new URL('./', self.registration.scope).href;
    event.respondWith(caches.match(index, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
    return;
  }
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
