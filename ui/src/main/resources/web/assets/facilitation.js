// The facilitator's notebook (/facilitate/app) and the offline copy on /facilitate. Every act is made
// the same way with or without a network: fixed an id here, queued in the vault (encrypted), then sent
// at once when online, else when the network is back (the online event, and a retry every 30 s).
(function () {
  'use strict';
  var V = window.HocVuVault;
  var root = document.getElementById('facilitation');
  if (!V || !root || !window.indexedDB || !window.crypto || !crypto.subtle || !crypto.randomUUID) {
    return;
  }
  var RETRY_MS = 30000;
  var MAX_SHOWN = 20;
  var copy = null;
  var state = { session: null, attendees: [], verifications: [] };
  var syncing = null;

  function $(id) { return document.getElementById(id); }

  // a page text with {0}, {1}... filled in; the texts come from the page, in the person's language
  function t(name) {
    var text = root.getAttribute('data-t-' + name) || name;
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(String(arguments[i]));
    }
    return text;
  }

  function say(id, text) {
    var el = $(id);
    if (el) {
      el.textContent = text;
    }
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { node.appendChild(c); });
    return node;
  }

  function showNetwork() {
    say('net-state', navigator.onLine ? t('state-online') : t('state-offline'));
  }

  function showQueue() {
    return V.count().then(function (n) { say('queue-count', t('queue-count', n)); });
  }

  function showCopy() {
    if (copy) {
      say('copy-state', t('copy-saved', copy.learners.length, copy.skills.length,
        new Date(copy.madeAt).toLocaleString(document.documentElement.lang)));
    }
  }

  function save() {
    return V.write('state', state);
  }

  // ---- sending -------------------------------------------------------------------------------

  function showResults(results) {
    if (!results.length) {
      return;
    }
    var list = $('sync-list');
    $('sync-results').hidden = false;
    results.forEach(function (r) {
      var status = r.result.status;
      var item = el('li', { 'class': 'sync-' + status, 'data-kind': r.op.kind, 'data-status': status },
        [el('span', { text: t('kind-' + r.op.kind) + ': ' + t('status-' + status) })]);
      if (r.result.message) {
        item.appendChild(el('span', { 'class': 'meta', text: ' ' + r.result.message }));
      }
      if (status === 'conflict') {
        item.appendChild(document.createTextNode(' '));
        item.appendChild(el('a', { href: '/facilitate/conflicts', text: t('conflicts-link') }));
      }
      if (r.op.kind === 'registration' && status !== 'rejected') {
        item.appendChild(claimForm(r.op.id));
      }
      list.appendChild(item);
    });
  }

  // "get an account code" for someone registered here: a plain form, the page answers with the code
  function claimForm(learnerId) {
    var token = document.querySelector('#facilitation input[name=csrf-token]');
    var form = el('form', { method: 'post', action: '/facilitate/people/' + learnerId + '/claim-code', 'class': 'inline-form' });
    if (token) {
      form.appendChild(el('input', { type: 'hidden', name: token.name, value: token.value }));
    }
    form.appendChild(el('button', { type: 'submit', 'class': 'secondary', text: t('claim-button') }));
    return form;
  }

  function sync() {
    if (syncing || !navigator.onLine || !V.isOpen()) {
      return syncing || Promise.resolve();
    }
    say('sync-state', t('sync-sending'));
    syncing = V.sync().then(showResults).catch(function () { /* not answered: kept for the next try */ })
      .then(function () { syncing = null; say('sync-state', ''); return showQueue(); });
    return syncing;
  }

  function record(kind, id, body) {
    return V.enqueue({ kind: kind, id: id, body: body }).then(showQueue).then(sync);
  }

  // ---- the session ---------------------------------------------------------------------------

  function fillChoices() {
    var units = copy.units.map(function (u) { return { value: u.code, label: u.name }; });
    [['session-unit', units], ['register-unit', units], ['search-unit', [{ value: '', label: t('search-any') }].concat(units)],
      ['register-group', copy.groups.map(function (g) { return { value: g.id, label: g.name }; })],
      ['session-topic', copy.topics.map(function (p) {
        return { value: JSON.stringify({ kind: p.kind, id: p.id }), label: t('topic-' + p.kind) + ': ' + p.name };
      })]].forEach(function (pair) {
      var select = $(pair[0]);
      select.textContent = '';
      pair[1].forEach(function (o) { select.appendChild(el('option', { value: o.value, text: o.label })); });
    });
    $('session-team').value = $('session-team').value || copy.username;
  }

  function saveSession(event) {
    event.preventDefault();
    var f = event.target.elements;
    var id = state.session ? state.session.id : V.uuid();
    var body = { unitCode: f.unitCode.value, startsAt: new Date(f.startsAt.value).toISOString(),
      endsAt: f.endsAt.value ? new Date(f.endsAt.value).toISOString() : null, place: f.place.value.trim(),
      topic: JSON.parse(f.topic.value), notes: f.notes.value.trim() || null,
      team: f.team.value.split(',').map(function (s) { return s.trim(); }).filter(Boolean) };
    var label = f.place.value.trim() + ' · ' + f.topic.options[f.topic.selectedIndex].text;
    state.session = { id: id, label: label };
    save().then(function () { return record('session', id, body); });
    showSession();
  }

  function showSession() {
    say('session-state', state.session ? t('session-saved', state.session.label) : t('need-session'));
    $('attendance').hidden = !state.session;
    $('register').hidden = !state.session;
    say('attendees-count', t('attendees', state.attendees.length));
    showVerify();
  }

  // ---- attendance ----------------------------------------------------------------------------

  function search(event) {
    event.preventDefault();
    var f = event.target.elements;
    var name = V.fold(f.name.value);
    var year = f.birthYear.value.trim();
    var unit = f.unitCode.value;
    var found = copy.learners.filter(function (l) {
      return (!name || V.fold(l.fullName).indexOf(name) >= 0) && (!year || String(l.birthYear) === year)
        && (!unit || l.unitCode === unit);
    });
    var list = $('search-results');
    list.textContent = '';
    if (!found.length) {
      list.appendChild(el('li', { 'class': 'empty', text: t('search-none') }));
    }
    found.slice(0, MAX_SHOWN).forEach(function (learner) { list.appendChild(learnerRow(learner)); });
    if (found.length > MAX_SHOWN) {
      list.appendChild(el('li', { 'class': 'meta', text: t('search-more', found.length - MAX_SHOWN) }));
    }
  }

  function learnerRow(learner) {
    var box = el('input', { type: 'checkbox', id: 'present-' + learner.id, 'data-learner': learner.id });
    box.checked = state.attendees.some(function (a) { return a.id === learner.id; });
    box.disabled = box.checked;
    box.addEventListener('change', function () {
      box.disabled = true;
      attend(learner);
    });
    var details = (learner.birthYear ? t('born', learner.birthYear) + ' · ' : '') + (learner.unitName || '');
    return el('li', { 'class': 'choice' }, [box, el('label', { 'for': box.id },
      [document.createTextNode(learner.fullName + ' '), el('span', { 'class': 'meta', text: details })])]);
  }

  function attend(learner) {
    if (state.attendees.some(function (a) { return a.id === learner.id; })) {
      return Promise.resolve();
    }
    state.attendees.push({ id: learner.id, fullName: learner.fullName, groups: learner.groups || [] });
    showSession();
    return save().then(function () {
      return record('attendance', state.session.id + '/' + learner.id, { sessionId: state.session.id, learnerId: learner.id });
    });
  }

  function register(event) {
    event.preventDefault();
    var f = event.target.elements;
    var year = parseInt(f.birthYear.value, 10);
    var name = f.fullName.value.trim().replace(/\s+/g, ' ');
    var problem = $('register-error');
    problem.hidden = true;
    if (!f.consent.checked) {
      problem.textContent = t('register-consent-missing');
    } else if (!name || name.length > 200 || !(year >= 1900 && year <= new Date().getFullYear())) {
      problem.textContent = t('register-invalid');
    } else {
      var person = { id: V.uuid(), fullName: name, birthYear: year, unitCode: f.unitCode.value, groups: [f.group.value] };
      var unit = copy.units.filter(function (u) { return u.code === person.unitCode; })[0];
      copy.learners.push({ id: person.id, fullName: name, birthYear: year, unitCode: person.unitCode,
        unitName: unit ? unit.name : '', groups: person.groups });
      record('registration', person.id, { fullName: name, birthYear: year, unitCode: person.unitCode, groups: person.groups,
        consent: { given: true, textVersion: root.getAttribute('data-consent-version'), readAloud: true } })
        .then(function () { return V.write('copy', copy); })
        .then(function () { return attend(person); });
      event.target.reset();
      return;
    }
    problem.hidden = false;
    problem.focus();
  }

  // ---- skills --------------------------------------------------------------------------------

  function skillsFor(person) {
    var own = copy.skills.filter(function (s) { return person.groups.indexOf(s.pluginId) >= 0; });
    return own.length ? own : copy.skills;
  }

  function showVerify() {
    var area = $('verify-list');
    area.textContent = '';
    if (!state.attendees.length) {
      area.appendChild(el('p', { 'class': 'empty', text: t('verify-none') }));
      return;
    }
    state.attendees.forEach(function (person) {
      var list = el('ul', { 'class': 'rows' });
      skillsFor(person).forEach(function (skill) { list.appendChild(skillRow(person, skill)); });
      area.appendChild(el('details', { open: 'open', 'data-learner': person.id },
        [el('summary', { text: person.fullName }), list]));
    });
  }

  function skillRow(person, skill) {
    var done = state.verifications.filter(function (v) {
      return v.learnerId === person.id && v.pluginId === skill.pluginId && v.skillId === skill.skillId && !v.withdrawn;
    })[0];
    var row = el('li', { 'data-skill': skill.skillId }, [el('span', { text: skill.name + ' ' })]);
    if (done) {
      row.appendChild(el('span', { 'class': 'tag', text: t('verified') }));
      var reason = el('input', { type: 'text', maxlength: '500', 'aria-label': t('withdraw-reason') + ': ' + skill.name });
      var withdraw = el('button', { type: 'button', 'class': 'secondary', text: t('withdraw') });
      withdraw.addEventListener('click', function () {
        if (!reason.value.trim()) { reason.focus(); return; }
        done.withdrawn = true;
        save().then(function () { return record('withdrawal', done.id, { reason: reason.value.trim() }); });
        showVerify();
      });
      row.appendChild(el('p', { 'class': 'inline' }, [reason, withdraw]));
      return row;
    }
    var note = el('input', { type: 'text', maxlength: '2000', 'aria-label': t('verify-note') + ': ' + skill.name,
      placeholder: t('verify-note') });
    var pass = el('button', { type: 'button', 'class': 'verify', text: t('verify-pass') });
    pass.addEventListener('click', function () {
      var v = { id: V.uuid(), learnerId: person.id, pluginId: skill.pluginId, skillId: skill.skillId, withdrawn: false };
      state.verifications.push(v);
      save().then(function () {
        return record('verification', v.id, { learnerId: person.id, pluginId: skill.pluginId, skillId: skill.skillId,
          note: note.value.trim() || null, sessionId: state.session.id });
      });
      showVerify();
    });
    row.appendChild(el('p', { 'class': 'inline' }, [note, pass]));
    return row;
  }

  // ---- start ---------------------------------------------------------------------------------

  function start() {
    showNetwork();
    say('copy-state', navigator.onLine ? t('copy-saving') : '');
    return V.unlock().then(function (vault) {
      if (vault.state === 'locked') {
        say('copy-state', t('key-locked'));
        return showQueue();
      }
      if (vault.state === 'expired') {
        say('key-state', t('key-expired', vault.lost));
      }
      // what waits is sent before the list is fetched again, so the people registered here are in it
      var fresh = navigator.onLine ? sync().then(V.refreshCopy).catch(function () { return V.read('copy'); }) : V.read('copy');
      return fresh.then(function (kept) {
        copy = kept;
        if (!copy) {
          say('copy-state', t('copy-failed'));
          return;
        }
        showCopy();
        return V.read('state').then(function (s) { state = s || state; }).then(ready);
      });
    }).catch(function () { say('copy-state', t('copy-failed')); }).then(showQueue).then(sync);
  }

  function ready() {
    root.setAttribute('data-ready', 'true');
    if (!$('session-form')) {
      return;
    }
    $('notebook').hidden = false;
    fillChoices();
    showSession();
  }

  function bind(id, handler) {
    var node = $(id);
    if (node) {
      node.addEventListener('submit', handler);
    }
  }

  bind('session-form', saveSession);
  bind('search-form', search);
  bind('register-form', register);
  if ($('sync-now')) {
    $('sync-now').addEventListener('click', sync);
  }
  window.addEventListener('online', function () { showNetwork(); start(); });
  window.addEventListener('offline', showNetwork);
  // the retry: a locked vault (reopened offline) is unlocked first, then what waits is sent
  setInterval(function () {
    if (navigator.onLine) {
      return V.isOpen() ? sync() : start();
    }
  }, RETRY_MS);
  start();
})();
