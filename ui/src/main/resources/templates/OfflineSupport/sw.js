// HọcVụ service worker: keeps the offline page and the assets it needs, so a person who loses
// the network sees a page that says so instead of the browser's error. Pages themselves are never
// cached: they hold personal data and must be fresh. Its name changes whenever an asset changes.
const CACHE = 'hocvu-{version}';
const OFFLINE = '/offline';
const PRECACHE = [OFFLINE{#for asset in assets}, '{asset}'{/for}];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then((response) => {
      // a new language was chosen: keep the offline page in that language from now on
      if (new URL(request.url).pathname.startsWith('/language/')) {
        event.waitUntil(caches.open(CACHE).then((cache) => cache.add(OFFLINE)));
      }
      return response;
    }).catch(() => caches.match(OFFLINE)));
  } else if (new URL(request.url).pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});
