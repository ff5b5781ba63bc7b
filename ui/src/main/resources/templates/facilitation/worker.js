// HọcVụ's facilitator service worker (scope /facilitate): keeps the notebook's shell (/facilitate/app,
// no one's data in it) and its assets. A page under /facilitate opened without a network gets the
// shell, whose script reads the unit's list from the device's encrypted vault. Pages are fetched from
// the network first, so they are fresh whenever there is one. Its cache's name changes with the assets.
const CACHE = 'hocvu-facilitate-{version}';
const SHELL = '/facilitate/app';
const PRECACHE = [SHELL{#for asset in assets}, '{asset}'{/for}];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('hocvu-facilitate-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const path = new URL(request.url).pathname;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then((response) => {
      // the shell fetched again (another language, a new sign-in): keep that one
      if (path === SHELL && response.ok && !response.redirected) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(SHELL, copy)));
      }
      return response;
    }).catch(() => caches.match(SHELL, { cacheName: CACHE }).then((hit) => hit || caches.match('/offline'))));
  } else if (path.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});
