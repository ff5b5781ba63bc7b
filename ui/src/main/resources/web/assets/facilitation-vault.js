// The facilitator's offline vault: what the device keeps for a hamlet hall without signal (the unit's
// learner list, skills, topics; the acts recorded there, queued), in IndexedDB, encrypted with AES-GCM
// under the key the server gives (GET /facilitate/data/device-key). Only the key's id is kept in
// clear; the key itself lives in this page's memory and is fetched again by its id when online. An
// expired key makes what was kept unreadable: it is dropped and the list fetched again.
window.HocVuVault = (function () {
  'use strict';
  var DB = 'hocvu-facilitation';
  var DATA = '/facilitate/data/';
  var key = null;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/facilitate/sw.js', { scope: '/facilitate' }).catch(function () { /* works online without */ });
  }

  function open() {
    return new Promise(function (resolve, reject) {
      var request = indexedDB.open(DB, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('meta', { keyPath: 'name' });
        request.result.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true });
      };
      request.onerror = function () { reject(request.error); };
      request.onsuccess = function () { resolve(request.result); };
    });
  }

  // one transaction over a store; resolves with what work's request answered, once written
  function tx(store, mode, work) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var t = db.transaction(store, mode);
        var request = work(t.objectStore(store));
        t.oncomplete = function () { db.close(); resolve(request && request.result); };
        t.onerror = function () { db.close(); reject(t.error); };
      });
    });
  }

  function bytes(base64) {
    var raw = atob(base64);
    var out = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) {
      out[i] = raw.charCodeAt(i);
    }
    return out;
  }

  function seal(value) {
    var iv = crypto.getRandomValues(new Uint8Array(12));
    var plain = new TextEncoder().encode(JSON.stringify(value));
    return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key, plain).then(function (data) {
      return { iv: iv, data: data };
    });
  }

  function unseal(box) {
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: box.iv }, key, box.data).then(function (plain) {
      return JSON.parse(new TextDecoder().decode(plain));
    });
  }

  function getJson(path) {
    return fetch(DATA + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.redirected || !r.ok) {
        return Promise.reject({ status: r.redirected ? 401 : r.status });
      }
      return r.json();
    });
  }

  function useKey(issued) {
    return crypto.subtle.importKey('raw', bytes(issued.key), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
      .then(function (imported) {
        key = imported;
        return tx('meta', 'readwrite', function (s) { return s.put({ name: 'key', keyId: issued.keyId, expiresAt: issued.expiresAt }); });
      });
  }

  function count() {
    return tx('queue', 'readonly', function (s) { return s.count(); });
  }

  function forgetEverything() {
    return tx('queue', 'readwrite', function (s) { return s.clear(); })
      .then(function () { return tx('meta', 'readwrite', function (s) { return s.clear(); }); });
  }

  /**
   * Unlocks the vault: the key of the kept id (refetched), else a new one. Answers {state: 'open'},
   * {state: 'locked'} (offline, a key id kept) or {state: 'expired', lost: n} (what was kept is gone).
   */
  function unlock() {
    if (key) {
      return Promise.resolve({ state: 'open' });
    }
    return tx('meta', 'readonly', function (s) { return s.get('key'); }).then(function (kept) {
      if (kept && !navigator.onLine) {
        return { state: 'locked' };
      }
      var fetched = kept ? getJson('device-key/' + encodeURIComponent(kept.keyId)) : getJson('device-key');
      return fetched.then(function (issued) { return useKey(issued).then(function () { return { state: 'open' }; }); },
        function (failure) {
          var unanswered = !failure || failure.status === undefined;
          if (kept && unanswered) {
            return { state: 'locked' };
          }
          if (!kept || (failure.status !== 404 && failure.status !== 410)) {
            return Promise.reject(failure);
          }
          return count().then(function (lost) {
            return forgetEverything()
              .then(function () { return getJson('device-key'); })
              .then(useKey)
              .then(function () { return { state: 'expired', lost: lost }; });
          });
        });
    });
  }

  function read(name) {
    return tx('meta', 'readonly', function (s) { return s.get(name); }).then(function (box) {
      return box ? unseal(box) : null;
    });
  }

  function write(name, value) {
    return seal(value).then(function (box) {
      box.name = name;
      return tx('meta', 'readwrite', function (s) { return s.put(box); });
    });
  }

  /** The unit's list, skills and topics, fresh from the server, kept encrypted. */
  function refreshCopy() {
    return getJson('offline-copy').then(function (copy) {
      return write('copy', copy).then(function () { return copy; });
    });
  }

  /** An act recorded here, {kind, id, body}, queued encrypted in the order it was made. */
  function enqueue(operation) {
    return seal(operation).then(function (box) {
      return tx('queue', 'readwrite', function (s) { return s.add(box); });
    });
  }

  function queued() {
    return tx('queue', 'readonly', function (s) { return s.getAll(); }).then(function (boxes) {
      return Promise.all((boxes || []).map(function (box) {
        return unseal(box).then(function (op) { return { seq: box.seq, op: op }; });
      }));
    });
  }

  /**
   * Sends every queued act with POST /facilitate/data/sync; an act the server answered (applied,
   * duplicate, conflict or rejected) leaves the queue, one not answered stays for the next try.
   * The ids were fixed on the device: sending again creates nothing twice.
   */
  function sync() {
    if (!key) {
      return Promise.resolve([]);
    }
    return queued().then(function (entries) {
      if (!entries.length) {
        return [];
      }
      var operations = entries.map(function (e) { return e.op; });
      return fetch(DATA + 'sync', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ operations: operations }) })
        .then(function (r) { return r.ok && !r.redirected ? r.json() : Promise.reject({ status: r.status }); })
        .then(function (answer) {
          var results = answer.results || [];
          var answered = entries.filter(function (e, i) { return results[i] && results[i].id === e.op.id; });
          return tx('queue', 'readwrite', function (s) {
            answered.forEach(function (e) { s.delete(e.seq); });
          }).then(function () {
            return results.map(function (result, i) { return { op: operations[i], result: result }; });
          });
        });
    });
  }

  function uuid() {
    return crypto.randomUUID();
  }

  // accents, case and đ aside: "nguyen thi lan" finds "Nguyễn Thị Lan"
  function fold(text) {
    return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
      .toLowerCase().replace(/\s+/g, ' ').trim();
  }

  return { unlock: unlock, read: read, write: write, refreshCopy: refreshCopy, enqueue: enqueue, count: count,
    queued: queued, sync: sync, uuid: uuid, fold: fold, isOpen: function () { return key !== null; } };
})();
