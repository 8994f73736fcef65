// The console of the cbec mock Single Window. Uses only the JSON endpoints under /admin/api (see Console.java);
// no build step, no external resource. Every value is put into the page as text, never as HTML.
(function () {
  'use strict';
  const API = '/admin/api/';
  const POLL_MS = 1000;
  const $ = (id) => document.getElementById(id);
  let version = null;
  let selected = null;      // id of the open message
  let openParcel = null;    // orderNo of the open parcel
  let scenarios = [];
  let tokenRequired = false;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }

  function token() { return sessionStorage.getItem('cbec-token') || ''; }

  async function get(path) {
    const r = await fetch(API + path, { cache: 'no-store' });
    if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error || ('HTTP ' + r.status));
    return r.json();
  }

  async function post(path, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (token()) headers['X-Cbec-Token'] = token();
    const r = await fetch(API + path, { method: 'POST', headers, body: JSON.stringify(body || {}) });
    const json = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(json.error || ('HTTP ' + r.status));
    return json;
  }

  function say(text, error) {
    const p = $('control-result');
    p.textContent = text;
    p.classList.toggle('error', !!error);
  }

  async function control(path, body, done) {
    try {
      const r = await post(path, body);
      say(done(r));
      version = null;
      await refresh();
    } catch (e) {
      say(e.message, true);
    }
  }

  function badge(text, cls) { return el('span', { class: 'badge ' + (cls || ''), text }); }

  function statusBadge(m) {
    const cls = /^-?\d+$/.test(m.status) ? 's' + m.status.replace('-', 'n') : m.status;
    const b = badge(m.status + (m.statusName ? ' ' + m.statusName : ''), cls);
    if (m.awaitsDecision) return el('span', {}, b, ' ', badge('held: decide', 'held'));
    return b;
  }

  // ------------------------------------------------------------------ the live list

  function filterQuery() {
    const p = new URLSearchParams();
    for (const [k, id] of [['type', 'f-type'], ['status', 'f-status'], ['q', 'f-q'], ['sender', 'f-sender']]) {
      if ($(id).value.trim()) p.set(k, $(id).value.trim());
    }
    return p;
  }

  function fillSelect(select, values) {
    const current = select.value;
    const have = Array.from(select.options).map((o) => o.value);
    for (const v of values) if (!have.includes(v)) select.append(el('option', { value: v, text: v }));
    select.value = current;
  }

  function renderList(data) {
    fillSelect($('f-type'), data.types || []);
    fillSelect($('f-status'), data.statuses || []);
    $('count').textContent = data.total + (data.total > data.messages.length ? ' (newest ' + data.messages.length + ' shown)' : '');
    const tbody = $('messages').tBodies[0];
    const focusedId = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.id : null;
    tbody.replaceChildren(...data.messages.map((m) => {
      const tr = el('tr', { tabindex: '-1', 'data-id': String(m.id), 'data-guid': m.guid || '' },
        el('td', { text: String(m.id) }),
        el('td', { text: m.receivedAt }),
        el('td', { text: m.type || '–' }),
        el('td', { class: 'guid', text: m.guid || '–' }),
        el('td', { text: m.sender || '–' }),
        el('td', {}, badge(m.answerCode, m.answerCode === '0000' ? 'accepted' : 'refused'), m.resend ? ' resend' : ''),
        el('td', { class: 'status' }, statusBadge(m)),
        el('td', {}, badge(m.signature, m.signature === 'valid' ? 'valid' : m.signature.startsWith('invalid') ? 'invalid' : '')));
      if (String(m.id) === String(selected)) tr.classList.add('selected');
      tr.addEventListener('click', () => openMessage(m.id));
      return tr;
    }));
    // one tab stop for the whole list (the focused, open or first row); the arrow keys move within it
    const current = tbody.querySelector('tr[data-id="' + (focusedId || selected) + '"]') || tbody.rows[0];
    if (current) current.tabIndex = 0;
    if (focusedId && current && current.dataset.id === focusedId) current.focus();
  }

  async function refresh() {
    try {
      const state = await get('state');
      renderState(state);
      const q = filterQuery();
      if (version !== null) q.set('since', version);
      const data = await get('messages?' + q.toString());
      $('live').textContent = 'live · updated ' + state.now;
      $('live').classList.remove('down');
      if (!data.unchanged) {
        version = data.version;
        renderList(data);
        if (selected !== null) await openMessage(selected, true);
        if (openParcel !== null) await showParcel(openParcel, true);
      }
    } catch (e) {
      $('live').textContent = 'mock not reachable: ' + e.message;
      $('live').classList.add('down');
    }
  }

  function renderState(state) {
    $('now').textContent = state.now;
    $('zone').textContent = state.zone;
    tokenRequired = state.tokenRequired;
    $('token-box').hidden = !tokenRequired;
    $('receipts-waiting').textContent = String(state.receiptsWaiting);
    const items = state.faultsQueued.map((f) => 'fault: ' + f).concat(state.scenariosQueued.map((s) => 'scenario: ' + s));
    $('queued').replaceChildren(...(items.length ? items : ['nothing']).map((t) => el('li', { text: t })));
    if (scenarios.length === 0 && state.scenarios.length) {
      scenarios = state.scenarios;
      $('scenario-name').replaceChildren(...scenarios.map((s) => el('option', { value: s.name, text: s.name })));
      scenarioChanged();
    }
  }

  // ------------------------------------------------------------------ one message

  function kv(dl, pairs) {
    dl.replaceChildren(...pairs.filter(([, v]) => v !== null && v !== undefined && v !== '')
      .flatMap(([k, v]) => [el('dt', { text: k }), el('dd', {}, typeof v === 'string' ? v : v)]));
  }

  async function openMessage(id, quiet) {
    let m;
    try { m = await get('messages/' + id); } catch (e) { if (!quiet) say(e.message, true); return; }
    selected = id;
    for (const tr of $('messages').tBodies[0].rows) tr.classList.toggle('selected', tr.dataset.id === String(id));
    $('detail').hidden = false;
    $('detail').dataset.id = String(id);
    $('detail-title').textContent = '#' + m.id + ' ' + (m.type || 'unreadable') + ' · ' + (m.guid || 'no guid');
    $('decide').hidden = !m.awaitsDecision;
    $('parcel-links').replaceChildren(...m.orderNos.map((o) => {
      const b = el('button', { type: 'button', class: 'parcel-link', text: 'Parcel ' + o });
      b.addEventListener('click', () => showParcel(o));
      return b;
    }));
    $('timeline').replaceChildren(...(m.timeline.length ? m.timeline.map((t) => el('li', { class: t.state, 'data-status': t.status || '', 'data-state': t.state },
      el('strong', { text: t.receipt + (t.status ? ' ' + t.status : '') }), ' ', t.statusName || t.receiptName, ' · ',
      t.state === 'sent' ? 'sent ' + t.sentAt : t.state === 'scheduled' ? 'due ' + t.due : 'withdrawn (decided by hand)',
      t.info ? el('div', { class: 'hint', text: t.info }) : null)) : [el('li', { text: 'no receipts for this message' })]));
    kv($('answer'), [['code', m.answer.code + ' ' + m.answer.name], ['text', m.answer.info], ['received', m.receivedAt + ' China time'],
      ['sender', m.sender], ['CopMsgId', m.copMsgId]]);
    $('route').textContent = 'Receipts: ' + m.route;
    const s = m.signatureVerdict;
    kv($('signature'), s.verified ? [
      ['verdict', badge(s.valid ? 'valid' : 'invalid: ' + s.failure, s.valid ? 'valid' : 'invalid')], ['detail', s.detail],
      ['profile', s.profile], ['signer', s.signer], ['serial', s.serial], ['valid from', s.notBefore], ['valid to', s.notAfter],
      ['divergences', s.divergences.length ? s.divergences.join(', ') : 'none'],
      ['trust', s.trust.decision + ': ' + s.trust.detail]] : [['verdict', s.detail]]);
    const c = m.crossCheck;
    $('crosscheck').replaceChildren(c.checked
      ? (c.agree ? badge('agree with the documents received for its parcel', 'agree')
        : el('ul', {}, ...c.findings.map((f) => el('li', {}, badge(f.code, 'disagree'), ' ' + f.left + ' vs ' + f.right + ': ' + f.message))))
      : el('p', { class: 'hint', text: c.note }));
    const tbody = $('body').tBodies[0];
    if (m.body) {
      const rows = [];
      tree(m.body, 0, rows);
      tbody.replaceChildren(...rows);
    } else {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: '3', text: m.bodyNote })));
    }
    $('download').dataset.href = m.envelope;
  }

  // A message as rows: XML name, Chinese name, value; compact (Chinese name under the XML name) for narrow panels.
  function tree(node, depth, rows, compact) {
    const name = el('td', { class: 'xml', text: node.xml });
    name.style.paddingLeft = (0.45 + depth * (compact ? 0.7 : 1.1)) + 'rem'; // through the CSSOM: the CSP allows no inline style
    if (compact && node.cn) name.append(el('span', { class: 'cn-name', text: node.cn }));
    const cn = compact ? null : el('td', { text: node.cn });
    if (node.items) {
      rows.push(el('tr', { class: 'node' }, name, cn, el('td')));
      for (const i of node.items) tree(i, depth + 1, rows, compact);
    } else {
      rows.push(el('tr', {}, name, cn, el('td', { text: node.value })));
    }
  }

  async function download() {
    const href = $('download').dataset.href;
    const headers = token() ? { 'X-Cbec-Token': token() } : {};
    const r = await fetch(href, { headers });
    if (!r.ok) { say((await r.json().catch(() => ({}))).error || 'HTTP ' + r.status, true); return; }
    const url = URL.createObjectURL(await r.blob());
    const a = el('a', { href: url, download: 'envelope-' + selected + '.xml' });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  // ------------------------------------------------------------------ one parcel

  async function showParcel(orderNo, quiet) {
    let p;
    try { p = await get('parcels/' + encodeURIComponent(orderNo)); } catch (e) { if (!quiet) say(e.message, true); return; }
    openParcel = orderNo;
    $('parcel').hidden = false;
    $('parcel-title').textContent = 'Parcel ' + p.orderNo + ' · 四单';
    const wanted = [['CEB311Message', '电子订单 order'], ['CEB411Message', '支付凭证 payment'], ['CEB511Message', '物流运单 waybill'], ['CEB621Message', '清单 inventory']];
    const byType = Object.fromEntries(p.documents.map((d) => [d.type, d]));
    const others = p.documents.filter((d) => !wanted.some(([t]) => t === d.type)).map((d) => [d.type, d.name]);
    $('parcel-docs').replaceChildren(...wanted.concat(others).map(([type, title]) => {
      const d = byType[type];
      const panel = el('section', { class: 'panel', 'data-type': type }, el('h3', { text: title + ' (' + type + ')' }));
      if (!d) { panel.append(el('p', { class: 'empty', text: 'not received' })); return panel; }
      panel.append(el('p', {}, statusBadge(d), ' #' + d.id));
      const rows = [];
      tree(d.document, 0, rows, true);
      panel.append(el('table', { class: 'tree' }, el('tbody', {}, ...rows)));
      return panel;
    }));
    if (p.taxBill) {
      const rows = [];
      tree(p.taxBill, 0, rows);
      $('taxbill').replaceChildren(el('table', { class: 'tree' }, el('tbody', {}, ...rows)));
    } else {
      $('taxbill').replaceChildren(el('p', { class: 'hint', text: 'no tax bill yet (sent after the inventory is released)' }));
    }
    if (!quiet) $('parcel').focus();
  }

  // ------------------------------------------------------------------ controls

  function faultKindChanged() {
    const kind = $('fault-kind').value;
    for (const e of document.querySelectorAll('.for-http-status')) e.hidden = kind !== 'http-status';
    for (const e of document.querySelectorAll('.for-delay')) e.hidden = kind !== 'delay';
  }

  function scenarioChanged() {
    const s = scenarios.find((x) => x.name === $('scenario-name').value);
    $('scenario-description').textContent = s ? s.description : '';
    for (const e of document.querySelectorAll('.for-reason')) e.hidden = !(s && s.needsReason);
  }

  function bind() {
    const h = location.hash.match(/token=([^&]+)/);
    if (h) { sessionStorage.setItem('cbec-token', decodeURIComponent(h[1])); history.replaceState(null, '', location.pathname); }
    $('token').value = token();
    $('token').addEventListener('change', () => sessionStorage.setItem('cbec-token', $('token').value.trim()));
    $('fault-kind').addEventListener('change', faultKindChanged);
    $('scenario-name').addEventListener('change', scenarioChanged);
    $('fault-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const kind = $('fault-kind').value;
      const body = { kind };
      if (kind === 'http-status') body.status = Number($('fault-status').value);
      if (kind === 'delay') body.millis = Number($('fault-millis').value);
      control('faults', body, (r) => 'Queued for the next send: ' + r.queued);
    });
    $('scenario-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      control('scenarios', { name: $('scenario-name').value, reason: $('scenario-reason').value },
        (r) => 'Queued for the next declaration: ' + r.queued);
    });
    $('pay179-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      control('179', { platDataOpen: $('pay179-url').value, orderNo: $('pay179-order').value },
        (r) => 'Asked: sessionID ' + r.sessionID + ', platform answered ' + (r.answerCode || '(no code)'));
    });
    $('reset').addEventListener('click', () => {
      if (confirm('Forget every message, receipt, queued fault and scenario?')) {
        selected = null; openParcel = null; $('detail').hidden = true; $('parcel').hidden = true;
        control('reset', {}, () => 'The mock was reset.');
      }
    });
    $('release').addEventListener('click', () => control('messages/' + selected + '/release', {}, () => 'Released by hand.'));
    $('reject').addEventListener('click', () => control('messages/' + selected + '/reject', { reason: $('reject-reason').value },
      () => 'Rejected by hand.'));
    $('download').addEventListener('click', download);
    $('close-detail').addEventListener('click', closeDetail);
    $('close-parcel').addEventListener('click', () => { openParcel = null; $('parcel').hidden = true; });
    $('filters').addEventListener('submit', (ev) => ev.preventDefault());
    for (const id of ['f-type', 'f-status']) $(id).addEventListener('change', () => { version = null; refresh(); });
    for (const id of ['f-q', 'f-sender']) $(id).addEventListener('input', () => { version = null; refresh(); });
    document.addEventListener('keydown', keys);
    faultKindChanged();
  }

  function closeDetail() {
    selected = null;
    $('detail').hidden = true;
    for (const tr of $('messages').tBodies[0].rows) tr.classList.remove('selected');
  }

  function keys(ev) {
    const t = ev.target;
    const typing = t.matches && t.matches('input, select, textarea');
    if (ev.key === '/' && !typing) { ev.preventDefault(); $('f-q').focus(); return; }
    if (ev.key === 'Escape') { closeDetail(); return; }
    if (t.closest && t.closest('#messages tbody tr')) {
      const tr = t.closest('tr');
      if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); openMessage(tr.dataset.id); }
      const next = ev.key === 'ArrowDown' ? tr.nextElementSibling : ev.key === 'ArrowUp' ? tr.previousElementSibling : null;
      if (next) { ev.preventDefault(); tr.tabIndex = -1; next.tabIndex = 0; next.focus(); }
    }
  }

  bind();
  refresh();
  setInterval(refresh, POLL_MS);
})();
