/*
 * HọcVụ's SCORM run-time, loaded by __hocvu/rte.html on the content path. It holds the API objects
 * the SCO looks for in its parent — window.API (SCORM 1.2) and window.API_1484_11 (SCORM 2004) —
 * on the SCO's own origin, so the SCO reaches them synchronously; it saves to the server with the
 * launch's run-time token (fetch with keepalive; a beacon when the page hides) and tells the
 * player page (another origin) what happened by postMessage. Data model, errors: scorm-model.js.
 */
(function () {
  'use strict';
  var token = location.pathname.split('/')[2];
  var query = new URLSearchParams(location.search);
  var scoId = query.get('sco');
  var app = /^https?:\/\/[^/]+$/.test(query.get('app') || '') ? query.get('app') : null;
  var endpoint = '/api/v1/scorm/runtime/' + encodeURIComponent(token) + '/scos/' + encodeURIComponent(scoId);
  var session = uuid();
  var seq = 0;

  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function tell(message) {
    if (app && window.parent !== window) {
      message.type = 'hocvu-scorm';
      message.sco = scoId;
      window.parent.postMessage(message, app);
    }
  }

  function problem(text) {
    var p = document.getElementById('problem');
    p.textContent = text;
    p.hidden = false;
    document.getElementById('sco').hidden = true;
    tell({ problem: text });
  }

  /**
   * Sends every value the SCO set, one save after the other in the order the SCO made them: the
   * server must hear Initialize before the Commit that follows it in the same breath, or it takes
   * the Commit for a late one from an ended session. 'beacon' when the page is going away and a
   * queued fetch might never start.
   */
  var queue = Promise.resolve();
  function save(event, values, beacon) {
    seq += 1;
    var body = JSON.stringify({ session: session, seq: seq, event: event, values: values });
    if (beacon) {
      if (!(navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: 'application/json' })))) {
        send(body);
      }
      return;
    }
    queue = queue.then(function () { return send(body); });
  }

  /** One save; its promise settles either way, so the queue goes on after a refused one. */
  function send(body) {
    return fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body,
      keepalive: body.length < 60000, credentials: 'omit' })
      .then(function (r) {
        return r.json().then(function (json) { return r.ok ? json : Promise.reject(json); });
      })
      .then(function (saved) { tell({ saved: saved }); },
        function (error) { tell({ problem: (error && error.message) || String(error) }); });
  }

  function start(state) {
    var model = window.HocVuScormModel.create(state, save);
    if (state.scormVersion === '1.2') {
      window.API = model.api12;
    } else {
      window.API_1484_11 = model.api2004;
    }
    model.onTerminate = function (navRequest) { tell({ terminated: true, nav: navRequest }); };
    window.addEventListener('pagehide', function () { model.leaving(); });
    var frame = document.getElementById('sco');
    if (!state.isSco) {
      // an asset calls no API: it is completed once it has been opened
      frame.addEventListener('load', function () { model.assetOpened(); }, { once: true });
    }
    frame.src = '../' + state.launch;
  }

  document.addEventListener('DOMContentLoaded', function () {
    fetch(endpoint, { credentials: 'omit' })
      .then(function (r) { return r.json().then(function (json) { return r.ok ? json : Promise.reject(json); }); })
      .then(start, function (error) { problem((error && error.message) || 'SCORM'); });
  });
})();
