// HọcVụ service worker: keeps the offline page and the assets it needs, so a person who loses
// the network sees a page that says so instead of the browser's error. Pages are never cached on
// the way: they hold personal data and must be fresh. The one exception is a course the learner
// saved for offline reading (the page's script fills COURSES): its lessons and media are answered
// from there when the network is gone. Its name changes whenever an asset changes.
const CACHE = 'hocvu-{version}';
const COURSES = 'hocvu-courses';
const OFFLINE = '/offline';
const PRECACHE = [OFFLINE{#for asset in assets}, '{asset}'{/for}];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    // the facilitator pages' worker (/facilitate/sw.js) keeps its own cache
    .then((names) => Promise.all(names.filter((n) => n !== CACHE && n !== COURSES && !n.startsWith('hocvu-facilitate-'))
      .map((n) => caches.delete(n))))
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
    }).catch(() => savedPage(new URL(request.url)).then((hit) => hit || caches.match(OFFLINE))));
  } else if (new URL(request.url).pathname.startsWith('/assets/')) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  } else if (new URL(request.url).pathname.startsWith('/content/')) {
    // a saved course's media: the network first (files never change), the saved copy without one
    event.respondWith(fetch(request).catch(() => caches.open(COURSES).then((c) => c.match(request, { ignoreSearch: true }))
      .then((hit) => hit || Response.error())));
  }
});

// A page of a saved course; "/learn/<package>" (which the server answers with the next lesson)
// opens the package's first saved lesson.
function savedPage(url) {
  return caches.open(COURSES).then((cache) => cache.match(url.pathname).then((hit) => {
    const resume = url.pathname.match(/^\/learn\/[^/]+$/);
    if (hit || !resume) {
      return hit;
    }
    return cache.keys().then((keys) => {
      const lesson = keys.find((k) => new URL(k.url).pathname.startsWith(url.pathname + '/'));
      return lesson ? cache.match(lesson) : undefined;
    });
  }));
}
