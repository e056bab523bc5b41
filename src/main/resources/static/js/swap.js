/*
 * Filters and pagers that update one part of the page in place. Without this script the same forms
 * and links load the whole page, so it is only loaded where it is used; it replaces htmx, which cost
 * 50 KB on every page for these few lines.
 *
 *   <form data-swap="#results" [data-swap-delay="300"]>  on a change, on submit and (with a delay)
 *       while typing, GETs the form's action with its fields, puts the answer in place of #results
 *       and shows the filtered address in the address bar;
 *   <a data-swap="#list">  GETs the link and puts the answer in place of #list, then focuses it;
 *   <section id="status" data-swap-every="2000" data-swap-src="/path">  GETs the address every 2 s and puts the
 *       answer in place of the section, for as long as the answer still carries data-swap-every (a build's progress).
 *
 * The request carries "HX-Request: true": the server answers with the fragment alone, as it did for htmx.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.URLSearchParams || !window.history.pushState) {
    return;
  }
  var latest = 0;

  function swap(url, selector, focus) {
    var ticket = ++latest;
    return fetch(url, {headers: {'HX-Request': 'true'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var target = document.querySelector(selector);
        if (ticket !== latest || !target) {
          return false;
        }
        var parsed = document.createElement('template');
        parsed.innerHTML = html.trim();
        var replacement = parsed.content.firstElementChild;
        target.replaceWith(parsed.content);
        if (focus && replacement) {
          replacement.setAttribute('tabindex', '-1');
          replacement.focus();
        }
        return true;
      })
      .catch(function () {
        window.location.href = url; // the whole page, as without this script
        return false;
      });
  }

  function formUrl(form) {
    var query = new URLSearchParams(new FormData(form)).toString();
    // the attribute, not form.action, which a field named "action" would hide
    var action = new URL(form.getAttribute('action') || '', window.location.href).href;
    return action.split('?')[0] + (query ? '?' + query : '');
  }

  function update(form) {
    var url = formUrl(form);
    var selector = form.getAttribute('data-swap');
    swap(url, selector, false).then(function (swapped) {
      if (swapped && url !== window.location.href) {
        window.history.pushState({swap: selector}, '', url);
      }
    });
  }

  function watch(form) {
    var selector = form.getAttribute('data-swap');
    var delay = parseInt(form.getAttribute('data-swap-delay') || '0', 10);
    var timer = null;
    window.history.replaceState({swap: selector}, '', window.location.href);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      update(form);
    });
    form.addEventListener('change', function () {
      update(form);
    });
    if (delay > 0) {
      form.addEventListener('input', function (event) {
        if (event.target.type === 'search' || event.target.type === 'text') {
          window.clearTimeout(timer);
          timer = window.setTimeout(function () { update(form); }, delay);
        }
      });
    }
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[data-swap]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    swap(link.href, link.getAttribute('data-swap'), true);
  });

  window.addEventListener('popstate', function (event) {
    if (event.state && event.state.swap) {
      swap(window.location.href, event.state.swap, false);
    }
  });

  function every(element) {
    window.setTimeout(function () {
      swap(element.getAttribute('data-swap-src'), '#' + element.id, false).then(function (swapped) {
        var next = swapped ? document.getElementById(element.id) : null;
        if (next && next.hasAttribute('data-swap-every')) {
          every(next);
        }
      });
    }, parseInt(element.getAttribute('data-swap-every'), 10));
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-swap]'), watch);
  Array.prototype.forEach.call(document.querySelectorAll('[data-swap-every][id]'), every);
}());
