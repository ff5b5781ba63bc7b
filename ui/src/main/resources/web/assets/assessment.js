// The test page: every answer is saved the moment it is given, and kept in a local journal
// (localStorage) until the server acknowledges it, so a lost connection or a reload loses nothing.
// Without this script the page is a plain form with "Lưu" and "Nộp bài".
(function () {
  'use strict';
  var form = document.getElementById('attempt-form');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var key = 'hocvu.attempt.' + form.getAttribute('data-attempt');
  var url = form.getAttribute('data-answer');
  var csrf = form.querySelector('input[type=hidden]');
  var texts = document.getElementById('journal-texts');

  function load() {
    try { return JSON.parse(localStorage.getItem(key)) || {}; } catch (e) { return {}; }
  }
  function store(journal) {
    try { localStorage.setItem(key, JSON.stringify(journal)); } catch (e) { /* private mode: the server still has each answer */ }
  }
  function box(item) {
    return form.querySelector('[data-item="' + item + '"]');
  }
  function say(item, what) {
    var b = box(item);
    var line = b && b.querySelector('.item-status');
    if (line) { line.textContent = texts.getAttribute('data-' + what); }
  }
  function fieldsOf(item) {
    var out = [];
    box(item).querySelectorAll('[name]').forEach(function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      out.push([el.name, el.value]);
    });
    return out;
  }
  // puts a journal entry back into the form (after a reload, before the server had it)
  function apply(item, fields) {
    box(item).querySelectorAll('[name]').forEach(function (el) {
      var values = fields.filter(function (f) { return f[0] === el.name; }).map(function (f) { return f[1]; });
      if (el.type === 'radio' || el.type === 'checkbox') { el.checked = values.indexOf(el.value) >= 0; } else { el.value = values.length ? values[0] : ''; }
    });
  }
  function send(item) {
    var entry = load()[item];
    if (!entry || entry.acked) { return; }
    var body = new URLSearchParams();
    body.append(csrf.name, csrf.value);
    body.append('itemId', item);
    entry.fields.forEach(function (f) { body.append(f[0], f[1]); });
    fetch(url, { method: 'POST', credentials: 'same-origin', body: body }).then(function (response) {
      if (response.ok) {
        var journal = load();
        if (journal[item] && journal[item].seq === entry.seq) { journal[item].acked = true; store(journal); }
        say(item, 'saved');
      } else if (response.status === 409) {
        say(item, 'closed');
        window.location.reload();
      } else {
        say(item, 'pending');
      }
    }).catch(function () { say(item, 'pending'); });
  }
  function changed(event) {
    var b = event.target.closest('[data-item]');
    if (!b) { return; }
    var item = b.getAttribute('data-item');
    var journal = load();
    journal[item] = { fields: fieldsOf(item), seq: (journal[item] ? journal[item].seq : 0) + 1, acked: false };
    store(journal);
    send(item);
  }
  function resendAll() {
    var journal = load();
    Object.keys(journal).forEach(function (item) { if (!journal[item].acked && box(item)) { send(item); } });
  }

  var journal = load();
  Object.keys(journal).forEach(function (item) { if (!journal[item].acked && box(item)) { apply(item, journal[item].fields); } });
  resendAll();
  form.addEventListener('change', changed);
  var typing = null;
  form.addEventListener('input', function (event) {
    if (event.target.type === 'text') { clearTimeout(typing); typing = setTimeout(function () { changed(event); }, 700); }
  });
  window.addEventListener('online', resendAll);
  setInterval(resendAll, 10000);
  form.addEventListener('submit', function () { store({}); });

  var clock = document.getElementById('time-left');
  var left = clock ? parseInt(clock.getAttribute('data-seconds'), 10) : NaN;
  if (!isNaN(left)) {
    var label = clock.textContent.replace(/[0-9]+/, '');
    setInterval(function () {
      left = Math.max(0, left - 1);
      var m = Math.floor(left / 60), s = left % 60;
      clock.textContent = label.replace(/:\s*$/, ':').split(':')[0] + ': ' + m + ':' + (s < 10 ? '0' : '') + s;
      // the server finishes the attempt a little after its deadline: look once it has
      if (left === 0 && !clock.getAttribute('data-ended')) { clock.setAttribute('data-ended', '1'); setTimeout(function () { window.location.reload(); }, 20000); }
    }, 1000);
  }
}());
