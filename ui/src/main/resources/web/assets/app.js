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
