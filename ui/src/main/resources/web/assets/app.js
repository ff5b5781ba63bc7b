// A little help for browsers that run scripts; every page and form works without this file.
(function () {
  'use strict';
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the pages work without it */ });
  }

  // "About me" is one form whose first button is "Tìm", so Enter searches (nothing typed is lost);
  // with this script, Enter in any other field saves, as people expect.
  var form = document.getElementById('me-form');
  var save = document.getElementById('me-save');
  if (form && save) {
    form.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && event.target.id !== 'unit-q' && event.target.tagName === 'INPUT') {
        event.preventDefault();
        save.click();
      }
    });
  }

  // Unit search as you type: the "Tìm" button still posts the whole form without this.
  var input = document.getElementById('unit-q');
  var results = document.getElementById('unit-results');
  if (!input || !results || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = input.value.trim();
  input.addEventListener('input', function () {
    clearTimeout(timer);
    // wait for a pause in typing: on a slow connection every request counts
    timer = setTimeout(function () {
      var query = input.value.trim();
      if (query.length < 2 || query === asked) {
        return;
      }
      asked = query;
      fetch(results.getAttribute('data-src') + '?q=' + encodeURIComponent(query), { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
        .then(function (html) {
          if (query === asked) {
            results.innerHTML = html;
          }
        })
        .catch(function () { /* the Search button still works */ });
    }, 350);
  });
})();

// Learning: saving a course for offline reading, and "mark complete" made offline, queued in
// IndexedDB with the statement id fixed when it was pressed, sent once the network is back.
(function () {
  'use strict';
  var OUTBOX = 'hocvu-outbox';

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function outbox(mode, work) {
    return new Promise(function (resolve, reject) {
      var open = indexedDB.open(OUTBOX, 1);
      open.onupgradeneeded = function () { open.result.createObjectStore('presses', { keyPath: 'id' }); };
      open.onerror = function () { reject(open.error); };
      open.onsuccess = function () {
        var tx = open.result.transaction('presses', mode);
        var result = work(tx.objectStore('presses'));
        tx.oncomplete = function () { resolve(result && result.result); };
        tx.onerror = function () { reject(tx.error); };
      };
    });
  }

  // a replay does not follow the answer's redirect: nobody is reading the next lesson yet
  function send(press, follow) {
    return fetch(press.action, { method: 'POST', credentials: 'same-origin', body: new URLSearchParams(press.body),
      redirect: follow ? 'follow' : 'manual',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
  }

  // every queued press, oldest first; one that the server answered (even with a refusal) leaves the queue
  function flush() {
    if (!window.indexedDB) {
      return Promise.resolve();
    }
    return outbox('readonly', function (store) { return store.getAll(); }).then(function (presses) {
      return (presses || []).reduce(function (chain, press) {
        return chain.then(function () {
          return send(press).then(function () {
            return outbox('readwrite', function (store) { return store.delete(press.id); });
          });
        });
      }, Promise.resolve());
    }).catch(function () { /* still offline: next time */ });
  }

  var form = document.querySelector('form[data-offline-queue]');
  if (form && window.fetch && window.indexedDB) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var id = form.elements.statementId;
      if (!id.value) {
        id.value = uuid();
      }
      var body = new URLSearchParams(new FormData(form)).toString();
      var press = { id: id.value, action: form.getAttribute('action'), body: body, at: new Date().toISOString() };
      send(press, true).then(function (response) {
        window.location.href = response.url;
      }, function () {
        outbox('readwrite', function (store) { return store.put(press); }).then(function () {
          form.hidden = true;
          document.getElementById('queued').hidden = false;
        });
      });
    });
  }
  window.addEventListener('online', flush);
  if (navigator.onLine) {
    flush();
  }

  var save = document.getElementById('offline-save');
  if (save && window.caches && 'serviceWorker' in navigator) {
    save.hidden = false;
    var status = document.getElementById('offline-status');
    document.getElementById('save-offline').addEventListener('click', function () {
      status.textContent = status.getAttribute('data-saving');
      var course = save.getAttribute('data-course');
      fetch('/courses/' + encodeURIComponent(course) + '/offline', { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (bundle) {
          return caches.open('hocvu-courses').then(function (cache) {
            // the pages are fetched as a saved copy: reading them later is not recorded now
            return Promise.all(bundle.urls.map(function (url) {
              return fetch(url, { credentials: 'same-origin', headers: { 'X-HocVu-Offline-Copy': '1' } })
                .then(function (r) { return r.ok && !r.redirected ? cache.put(url, r) : null; });
            }));
          });
        })
        .then(function () { status.textContent = status.getAttribute('data-saved'); },
          function () { status.textContent = status.getAttribute('data-failed'); });
    });
  }
})();
