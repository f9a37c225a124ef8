/*
 * Follows a running batch edit: asks the server how far its job has got every two seconds, moves the progress
 * bar and the status line, and reloads the page when the job is done. Without this script the page has a
 * reload link. The status line's text comes from the page (data-template, from the message bundles).
 */
(function () {
  'use strict';
  var section = document.getElementById('progress-section');
  if (!section || !window.fetch) { return; }
  var url = section.getAttribute('data-progress-url');
  var bar = document.getElementById('batch-progress');
  var text = document.getElementById('progress-text');
  var template = text.getAttribute('data-template');

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (p) {
        if (!p) { window.setTimeout(poll, 5000); return; }
        bar.max = p.of;
        bar.value = p.done;
        text.textContent = template.replace('{0}', p.done).replace('{1}', p.of);
        if (p.running) {
          window.setTimeout(poll, 2000);
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());
