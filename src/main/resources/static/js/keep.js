/*
 * Entry that survives a lost connection. Without this script a form posts as it always did.
 *
 * A <form data-keep="some-id"> is sent with fetch instead. When that fails for lack of a connection
 * (no answer at all, or 502/503/504 from a gateway), what was typed is kept in this browser
 * (localStorage, under "a4p-keep:" + the data-keep value, or the form's action when it is empty) and
 * the form says so; when the connection is back it offers to send it. Kept entries are also put back
 * into the form when the page is opened again later, with the same offer. Any answer of the server
 * (saved, refused with messages, conflict) is shown as the page it is, as after a plain post; kept
 * entries are then forgotten, unless the answer is a refusal (4xx: a replaced link, an ended session).
 *
 * Texts come from the page: the form holds a [data-keep-notice] block (fragment layout :: keepNotice)
 * with one [data-keep-when] paragraph per state and [data-keep-send] / [data-keep-discard] buttons.
 * A script that saves in the background can use the same store: A4PKeep.keep(form, submitter) after
 * a failed save, A4PKeep.forget(form) after a good one.
 *
 * Background saves: a form that also has data-autosave="1500" is posted that many milliseconds after
 * the last change, with "HX-Request: true"; the server answers a status fragment that replaces the
 * element named by data-autosave-status ("Saved 14:02"). A background save that cannot reach the
 * server keeps what was typed, as above.
 */
(function () {
  'use strict';
  if (!window.fetch || !window.URLSearchParams || !window.localStorage) {
    return;
  }
  var PREFIX = 'a4p-keep:';

  function key(form) {
    return PREFIX + (form.getAttribute('data-keep') || form.getAttribute('action') || window.location.pathname);
  }

  function fields(form, submitter) {
    var pairs = [];
    new FormData(form).forEach(function (value, name) {
      if (name !== '_csrf' && typeof value === 'string') {
        pairs.push([name, value]);
      }
    });
    if (submitter && submitter.name) {
      pairs.push([submitter.name, submitter.value]);
    }
    return pairs;
  }

  function read(form) {
    try {
      return JSON.parse(window.localStorage.getItem(key(form)));
    } catch (e) {
      return null;
    }
  }

  function keep(form, submitter) {
    var kept = {at: Date.now(), fields: fields(form, null),
      submitter: submitter && submitter.name ? [submitter.name, submitter.value] : null};
    try {
      window.localStorage.setItem(key(form), JSON.stringify(kept));
      return true;
    } catch (e) {
      return false; // storage full or refused: the page still says nothing was sent
    }
  }

  function forget(form) {
    try {
      window.localStorage.removeItem(key(form));
    } catch (e) { /* nothing kept */ }
  }

  function restore(form, kept) {
    var byName = {};
    kept.fields.forEach(function (pair) {
      (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]);
    });
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.name === '_csrf' || el.disabled || /^(file|submit|button|reset)$/.test(el.type)) {
        return;
      }
      var values = byName[el.name] || [];
      if (el.type === 'checkbox' || el.type === 'radio') {
        el.checked = values.indexOf(el.value) >= 0;
      } else if (values.length) {
        el.value = values.shift();
      } else if (el.type !== 'hidden' && el.tagName !== 'SELECT') {
        el.value = '';
      }
    });
  }

  function notice(form, state, quiet) {
    var box = form.querySelector('[data-keep-notice]');
    if (!box) {
      return;
    }
    box.hidden = !state;
    Array.prototype.forEach.call(box.querySelectorAll('[data-keep-when]'), function (p) {
      p.hidden = p.getAttribute('data-keep-when') !== state;
    });
    if (state && !quiet) {
      box.focus();
    }
  }

  function signInAsked(response) {
    return response.status === 401 || response.status === 403 || new URL(response.url).pathname === '/login';
  }

  function show(html, url) {
    if (url && url !== window.location.href) {
      window.history.replaceState(null, '', url);
    }
    document.open();
    document.write(html);
    document.close();
    var first = document.querySelector('[autofocus]'); // as on a page loaded the usual way (the error summary)
    if (first) {
      first.focus();
    }
  }

  /** The attribute, not form.action, which a field named "action" (a submit button here) would hide. */
  function target(form) {
    return new URL(form.getAttribute('action') || '', window.location.href).href;
  }

  function send(form, submitter) {
    var body = new URLSearchParams();
    fields(form, submitter).forEach(function (pair) { body.append(pair[0], pair[1]); });
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      body.append('_csrf', csrf.value);
    }
    form.setAttribute('aria-busy', 'true');
    return fetch(target(form), {method: 'POST', body: body, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (response.status === 502 || response.status === 503 || response.status === 504) {
          throw new Error('no connection behind the gateway');
        }
        return response.text().then(function (html) { return {response: response, html: html}; });
      })
      .then(function (answer) {
        if (answer.response.ok && !signInAsked(answer.response)) {
          forget(form); // a refusal (a replaced link, an ended session) keeps them for the next try
        }
        show(answer.html, answer.response.url);
      }, function () {
        form.removeAttribute('aria-busy');
        keep(form, submitter);
        notice(form, 'offline');
      });
  }

  function backgroundSave(form, ticket) {
    var body = new URLSearchParams();
    fields(form, null).forEach(function (pair) { body.append(pair[0], pair[1]); });
    var csrf = form.querySelector('input[name="_csrf"]');
    if (csrf) {
      body.append('_csrf', csrf.value);
    }
    return fetch(target(form), {method: 'POST', body: body, headers: {'HX-Request': 'true'},
      credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) {
        if (response.status === 502 || response.status === 503 || response.status === 504 || !response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) {
        var status = document.querySelector(form.getAttribute('data-autosave-status'));
        if (ticket !== form.a4pTicket || !status) {
          return;
        }
        var parsed = document.createElement('template');
        parsed.innerHTML = html.trim();
        status.replaceWith(parsed.content);
        forget(form);
        notice(form, null);
      }, function () {
        if (ticket === form.a4pTicket) {
          keep(form, null);
          notice(form, 'offline', true); // never take the focus from the field being typed in
        }
      });
  }

  function autosave(form) {
    var delay = parseInt(form.getAttribute('data-autosave'), 10) || 1500;
    var timer = null;
    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        form.a4pTicket = (form.a4pTicket || 0) + 1;
        backgroundSave(form, form.a4pTicket);
      }, delay);
    }
    form.addEventListener('input', later);
    form.addEventListener('change', later);
    form.addEventListener('submit', function () { window.clearTimeout(timer); form.a4pTicket = (form.a4pTicket || 0) + 1; });
  }

  function submitterOf(form, kept) {
    if (!kept || !kept.submitter) {
      return null;
    }
    return Array.prototype.filter.call(form.querySelectorAll('[type="submit"]'), function (b) {
      return b.name === kept.submitter[0] && b.value === kept.submitter[1];
    })[0] || null;
  }

  function attach(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send(form, event.submitter || null);
    });
    var box = form.querySelector('[data-keep-notice]');
    if (box) {
      box.querySelector('[data-keep-send]').addEventListener('click', function () {
        var button = submitterOf(form, read(form));
        if (form.requestSubmit) {
          form.requestSubmit(button);
        } else {
          send(form, button);
        }
      });
      box.querySelector('[data-keep-discard]').addEventListener('click', function () {
        forget(form);
        window.location.reload();
      });
    }
    var kept = read(form);
    if (kept && kept.fields) {
      restore(form, kept);
      notice(form, 'restored');
    }
  }

  var forms = document.querySelectorAll('form[data-keep]');
  Array.prototype.forEach.call(forms, attach);
  Array.prototype.forEach.call(document.querySelectorAll('form[data-keep][data-autosave]'), autosave);

  // document.open() (the next page shown by send) erases the window's listeners: add it again each time, once
  if (window.A4PKeep && window.A4PKeep.online) {
    window.removeEventListener('online', window.A4PKeep.online);
  }
  function online() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-keep]'), function (form) {
      if (read(form)) {
        notice(form, 'online');
      }
    });
  }
  window.addEventListener('online', online);
  window.A4PKeep = {keep: keep, forget: forget, send: send, online: online};
}());
