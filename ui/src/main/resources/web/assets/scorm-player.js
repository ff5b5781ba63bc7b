/*
 * The SCORM player page: the run-time in the frame (another origin) tells it what the SCO saved
 * and how it ended. Statuses in the table of contents follow each save; an item whose prerequisite
 * is now met becomes a link; a navigation request (continue, previous, choice) opens that lesson.
 */
(function () {
  'use strict';
  var player = document.getElementById('scorm-player');
  var frame = document.getElementById('scorm-frame');
  var toc = document.getElementById('scorm-toc');
  if (!player || !frame || !toc) { return; }
  var origin = player.getAttribute('data-content-origin') || location.origin;

  function line(id) {
    var items = toc.querySelectorAll('li[data-sco]');
    for (var i = 0; i < items.length; i++) { if (items[i].getAttribute('data-sco') === id) { return items[i]; } }
    return null;
  }

  function hrefOf(id) {
    var li = line(id);
    var link = li && (li.querySelector('a') || li.querySelector('[data-href]'));
    return link ? (link.getAttribute('href') || link.getAttribute('data-href')) : null;
  }

  function update(contents) {
    contents.forEach(function (entry) {
      var li = line(entry.id);
      if (!li || !entry.launchable) { return; }
      var status = li.querySelector('.status');
      if (status && status.getAttribute('data-status') !== entry.status) {
        status.setAttribute('data-status', entry.status);
        status.textContent = toc.getAttribute('data-label-' + entry.status.replace(' ', '-')) || entry.status;
      }
      var locked = li.querySelector('span.disabled');
      if (locked && entry.enabled) {
        var a = document.createElement('a');
        a.href = locked.getAttribute('data-href');
        a.textContent = locked.textContent;
        li.replaceChild(a, locked);
      }
    });
  }

  function go(nav) {
    var target = null;
    var choice = /^\{target=([^}]+)\}(choice|jump)$/.exec(nav || '');
    if (choice) { target = hrefOf(choice[1]); }
    if (nav === 'continue') { target = (document.getElementById('scorm-next') || {}).href; }
    if (nav === 'previous') { target = (document.getElementById('scorm-previous') || {}).href; }
    if (target) { location.href = target; }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow || !data || data.type !== 'hocvu-scorm') { return; }
    if (data.saved && data.saved.contents) { update(data.saved.contents); }
    if (data.problem) {
      var p = document.getElementById('scorm-problem');
      p.textContent = data.problem;
      p.hidden = false;
    }
    if (data.terminated) { go(data.nav); }
  });
})();
