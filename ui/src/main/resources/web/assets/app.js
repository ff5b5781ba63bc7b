// A little help for browsers that run scripts; every page and form works without this file.
(function () {
  'use strict';
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js').catch(function () { /* the pages work without it */ });
  }

  // Unit search as you type: the search form still submits as a normal GET without this.
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
