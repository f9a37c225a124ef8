/*
 * Suggestions as you type for the search field: the ARIA 1.2 combobox pattern (list autocomplete).
 * Progressive enhancement only: without this script the field is a plain search box in a GET form.
 * Texts come from data attributes the page renders from the message bundles.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-suggest]');
  if (!form || !window.fetch) { return; }
  var input = form.querySelector('input[name=q]');
  var list = document.createElement('ul');
  var status = document.createElement('div');
  var options = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  list.id = input.id + '-suggestions';
  list.className = 'suggestions';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.getAttribute('data-suggest-label'));
  list.hidden = true;
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  form.classList.add('has-suggestions');
  input.insertAdjacentElement('afterend', list);
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);

  function close() {
    list.hidden = true;
    list.textContent = '';
    options = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function show(suggestions) {
    close();
    suggestions.slice(0, 8).forEach(function (s, i) {
      var li = document.createElement('li');
      li.id = list.id + '-' + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.textContent = s.text; // text, never markup
      li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
      list.appendChild(li);
      options.push(li);
    });
    if (options.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    status.textContent = form.getAttribute('data-suggest-count').replace('{0}', String(options.length));
  }

  function highlight(i) {
    if (active >= 0) { options[active].setAttribute('aria-selected', 'false'); }
    active = i;
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(i) {
    input.value = options[i].textContent;
    close();
    form.submit();
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    var prefix = input.value.trim();
    if (!prefix) { close(); return; }
    timer = setTimeout(function () {
      var ticket = ++latest;
      fetch(form.getAttribute('data-suggest') + '?q=' + encodeURIComponent(prefix), { headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (s) { if (ticket === latest) { show(s); } })
        .catch(close);
    }, 150);
  });

  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown' && options.length) {
      e.preventDefault();
      highlight((active + 1) % options.length);
    } else if (e.key === 'ArrowUp' && options.length) {
      e.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (e.key === 'Enter' && active >= 0) {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}());
