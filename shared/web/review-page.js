// The review page: queue, item view, decisions, search for misses, import. Everything that came from
// a feed or a page is untrusted: the DOM is built with textContent and properties only, never
// innerHTML, and links are limited to http(s).
'use strict';
(function () {
  const I18N = window.SOZWATCH_I18N;
  const STATUSES = ['pending', 'approved', 'rejected', 'duplicate', 'ignored'];
  const CASE_TYPES = ['civil', 'criminal', 'administrative'];
  const STAGES = ['filed', 'in_court', 'decided', 'appeal', 'closed'];
  const OUTCOMES = ['for_defendant', 'for_claimant', 'partial', 'dismissed', 'pending'];
  const LAW_CODES = ['criminal', 'administrative', 'civil', 'media', 'unknown'];
  const state = {
    token: sessionStorage.getItem('sozwatch.token') || '',
    lang: localStorage.getItem('sozwatch.lang') || 'ru',
    me: null,
    taxonomy: null,
    items: [],
    groups: [],
    order: [],
    cursor: undefined,
    current: -1,
    detail: null,
    selected: new Set(),
  };
  const $ = (id) => document.getElementById(id);

  function t(key, vars) {
    let text = (I18N[state.lang] && I18N[state.lang][key]) || I18N.ru[key] || key;
    if (vars) for (const name of Object.keys(vars)) text = text.replace('{' + name + '}', String(vars[name]));
    return text;
  }

  /** Element builder: text goes through textContent, attributes through setAttribute, nothing parses HTML. */
  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'text') node.textContent = String(value);
        else if (key === 'className') node.className = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else if (key === 'value' || key === 'checked' || key === 'hidden' || key === 'disabled') node[key] = value;
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of [].concat(children || [])) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function safeLink(url, label) {
    // A feed can carry `javascript:` or `data:` URLs: only http(s) becomes a link.
    let ok = false;
    try {
      const parsed = new URL(url);
      ok = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    } catch (e) {
      ok = false;
    }
    return ok ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: label }) : el('span', { text: label });
  }

  function segments(list) {
    return (list || []).map((s) => (s.terms ? el('mark', { text: s.text, title: s.terms.join(', ') }) : document.createTextNode(s.text)));
  }

  function toast(message, kind) {
    const box = $('toast');
    box.textContent = message;
    box.className = 'toast show ' + (kind || '');
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => (box.className = 'toast'), 4000);
  }

  function categoryLabel(id) {
    const category = state.taxonomy && state.taxonomy.categories.find((c) => c.id === id);
    return category ? category.label[state.lang] || category.label.ru : id;
  }

  function formatDate(iso) {
    try {
      return new Intl.DateTimeFormat(state.lang === 'kk' ? 'kk-KZ' : state.lang === 'en' ? 'en-GB' : 'ru-RU', {
        dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Almaty',
      }).format(new Date(iso));
    } catch (e) {
      return iso;
    }
  }

  async function api(method, path, body, renewed) {
    const response = await fetch(path, {
      method,
      headers: Object.assign({ authorization: 'Bearer ' + state.token }, body ? { 'content-type': 'application/json' } : {}),
      body: body ? JSON.stringify(body) : undefined,
    });
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (response.status === 401) {
      // The id token lasts an hour: renew it once from the hosted sign-in's refresh token, then retry.
      if (!renewed && (await renewSession())) return api(method, path, body, true);
      showLogin(t('loginFailed'));
      throw Object.assign(new Error('unauthorized'), { status: 401 });
    }
    if (!response.ok) throw Object.assign(new Error((data && data.message) || response.statusText), { status: response.status, data });
    return data;
  }

  // ---------- static text, language ----------
  function applyLanguage() {
    document.documentElement.lang = state.lang;
    $('lang').value = state.lang;
    for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.getAttribute('data-i18n'));
    $('bulk-reason').placeholder = t('reason');
    fillSelect($('f-status'), STATUSES.map((s) => [s, t('st_' + s)]), $('f-status').value || 'pending');
    fillSelect($('f-lang'), [['', t('any')], ['ru', 'Русский'], ['kk', 'Қазақша'], ['en', 'English']], $('f-lang').value);
    fillSelect($('f-sort'), [['date', t('byDate')], ['score', t('byScore')]], $('f-sort').value || 'date');
    if (state.taxonomy) fillSelect($('f-category'), [['', t('anyCategory')]].concat(state.taxonomy.categories.map((c) => [c.id, categoryLabel(c.id)])), $('f-category').value);
  }

  function fillSelect(select, options, value) {
    select.replaceChildren(...options.map(([v, label]) => el('option', { value: v, text: label })));
    select.value = value || '';
  }

  // ---------- login ----------
  function showLogin(message) {
    $('app').hidden = true;
    $('logout').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('token').focus();
  }

  // ---------- hosted sign-in (Cognito code flow with PKCE) ----------
  function loginConfig() {
    const meta = document.querySelector('meta[name="sozwatch-login"]');
    try {
      const config = JSON.parse(meta && meta.content ? meta.content : 'null');
      return config && config.domain && config.clientId ? config : null;
    } catch (e) {
      return null;
    }
  }

  function base64url(bytes) {
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  async function beginHostedLogin(config) {
    const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
    const nonce = base64url(crypto.getRandomValues(new Uint8Array(16)));
    sessionStorage.setItem('sozwatch.pkce', JSON.stringify({ verifier, state: nonce }));
    const params = new URLSearchParams({
      response_type: 'code', client_id: config.clientId, redirect_uri: location.origin + '/', scope: 'openid email profile',
      state: nonce, code_challenge: challenge, code_challenge_method: 'S256',
    });
    location.assign(config.domain.replace(/\/$/, '') + '/oauth2/authorize?' + params.toString());
  }

  /** Back from the hosted UI with ?code=…: exchange it for tokens; the id token carries the groups. */
  async function finishHostedLogin(config) {
    const params = new URLSearchParams(location.search);
    const code = params.get('code');
    if (!code) return;
    const saved = JSON.parse(sessionStorage.getItem('sozwatch.pkce') || 'null');
    sessionStorage.removeItem('sozwatch.pkce');
    history.replaceState(null, '', '/');
    if (!saved || saved.state !== params.get('state')) return;
    keepTokens(await requestTokens(config, { grant_type: 'authorization_code', code, redirect_uri: location.origin + '/', code_verifier: saved.verifier }));
  }

  /** POSTs a grant to the hosted UI's token endpoint; its tokens, or null when it refuses or fails. */
  async function requestTokens(config, grant) {
    const response = await fetch(config.domain.replace(/\/$/, '') + '/oauth2/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(Object.assign({ client_id: config.clientId }, grant)).toString(),
    }).catch(() => null);
    return response && response.ok ? response.json().catch(() => null) : null;
  }

  /** Keeps the id token (the API reads its groups) and any refresh token; false without an id token. */
  function keepTokens(tokens) {
    if (!tokens) return false;
    if (typeof tokens.refresh_token === 'string') sessionStorage.setItem('sozwatch.refresh', tokens.refresh_token);
    if (typeof tokens.id_token !== 'string') return false;
    state.token = tokens.id_token;
    sessionStorage.setItem('sozwatch.token', state.token);
    return true;
  }

  let renewing = null;

  /** A new id token from the refresh token (valid for the user pool's refresh period); false if none. */
  function renewSession() {
    // Requests failing together share one renewal.
    renewing = renewing || exchangeRefreshToken().finally(() => (renewing = null));
    return renewing;
  }

  async function exchangeRefreshToken() {
    const config = loginConfig();
    const refreshToken = sessionStorage.getItem('sozwatch.refresh');
    if (!config || !refreshToken) return false;
    if (keepTokens(await requestTokens(config, { grant_type: 'refresh_token', refresh_token: refreshToken }))) return true;
    // Expired or revoked: the next sign-in starts a new session.
    sessionStorage.removeItem('sozwatch.refresh');
    return false;
  }

  async function start() {
    const hosted = loginConfig();
    $('hosted-login').hidden = !hosted;
    if (hosted && !state.token) await finishHostedLogin(hosted);
    if (!state.token) return showLogin('');
    try {
      state.me = await api('GET', '/api/me');
      state.taxonomy = await api('GET', '/api/taxonomy');
    } catch (e) {
      if (e.status !== 401) showLogin(e.message);
      return;
    }
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    $('whoami').textContent = state.me.id + (state.me.canDecide ? '' : ' · ' + t('viewerOnly'));
    $('report-form').hidden = !state.me.canDecide;
    applyLanguage();
    await loadQueue(false);
  }

  // ---------- queue ----------
  function filterParams() {
    const params = new URLSearchParams();
    const fields = { status: 'f-status', category: 'f-category', source: 'f-source', lang: 'f-lang', from: 'f-from', to: 'f-to', q: 'f-q', sort: 'f-sort' };
    for (const [name, id] of Object.entries(fields)) {
      const value = $(id).value.trim();
      if (value) params.set(name, value);
    }
    return params;
  }

  async function loadQueue(more) {
    const params = filterParams();
    if (more && state.cursor) params.set('cursor', state.cursor);
    let page;
    try {
      page = await api('GET', '/api/items?' + params.toString());
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
      return;
    }
    if (more) {
      state.items = state.items.concat(page.items);
      state.groups = state.groups.concat(page.groups);
    } else {
      state.items = page.items;
      state.groups = page.groups;
      state.selected.clear();
    }
    state.cursor = page.cursor;
    const keep = state.order[state.current];
    renderQueue();
    const index = keep ? state.order.indexOf(keep) : -1;
    if (!more) await select(index >= 0 ? index : state.order.length ? 0 : -1);
  }

  function queueRow(item, index) {
    const categories = (item.entryCategory ? [item.entryCategory] : item.categories).slice(0, 2).map(categoryLabel).join(' · ');
    const row = el('li', { className: 'row' + (index === state.current ? ' current' : ''), 'data-id': item.id, 'data-index': index }, [
      el('input', { type: 'checkbox', className: 'pick', checked: state.selected.has(item.id), 'aria-label': 'select', onchange: (ev) => toggleSelected(item.id, ev.target.checked) }),
      el('div', { className: 'row-body' }, [
        el('div', { className: 'row-title', text: item.title }),
        el('div', { className: 'row-meta' }, [
          el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }),
          el('span', { text: item.sourceId }),
          el('span', { text: formatDate(item.publishedAt) }),
          el('span', { text: t('score') + ' ' + item.score.toFixed(2) }),
          el('span', { className: 'cats', text: categories }),
        ]),
        el('div', { className: 'row-snippet' }, segments(item.snippets[0])),
      ]),
    ]);
    row.addEventListener('click', (ev) => {
      if (ev.target.classList.contains('pick')) return;
      select(index);
    });
    return row;
  }

  function renderQueue() {
    const byId = new Map(state.items.map((i) => [i.id, i]));
    const groupOf = new Map();
    state.groups.forEach((g, n) => g.ids.forEach((id) => groupOf.set(id, n)));
    const list = $('queue-list');
    const nodes = [];
    const order = [];
    const done = new Set();
    for (const item of state.items) {
      if (done.has(item.id)) continue;
      const g = groupOf.get(item.id);
      if (g === undefined) {
        done.add(item.id);
        order.push(item.id);
        continue;
      }
      for (const id of state.groups[g].ids) if (byId.has(id) && !done.has(id)) (done.add(id), order.push(id));
    }
    state.order = order;
    let openGroup = null;
    let openGroupIndex = -1;
    order.forEach((id, index) => {
      const item = byId.get(id);
      const g = groupOf.has(id) ? groupOf.get(id) : -1;
      const row = queueRow(item, index);
      if (g >= 0) {
        if (g !== openGroupIndex) {
          const members = state.groups[g].ids.filter((m) => byId.has(m));
          openGroup = el('ol', { className: 'group-members' });
          openGroupIndex = g;
          nodes.push(
            el('li', { className: 'group' }, [
              el('div', { className: 'group-head' }, [
                el('span', { text: t('groupLabel', { n: members.length }) }),
                el('button', { type: 'button', text: t('selectGroup'), onclick: () => members.forEach((m) => toggleSelected(m, true)) }),
              ]),
              openGroup,
            ]),
          );
        }
        openGroup.append(row);
      } else {
        openGroupIndex = -1;
        nodes.push(row);
      }
    });
    list.replaceChildren(...(nodes.length ? nodes : [el('li', { className: 'empty', text: t('empty') })]));
    $('queue-count').textContent = t(state.cursor ? 'countMore' : 'count', { n: state.items.length });
    $('more').hidden = !state.cursor;
    renderSelection();
  }

  function toggleSelected(id, on) {
    if (on) state.selected.add(id);
    else state.selected.delete(id);
    for (const box of document.querySelectorAll('#queue-list li.row')) {
      if (box.getAttribute('data-id') === id) box.querySelector('.pick').checked = on;
    }
    renderSelection();
  }

  function renderSelection() {
    const n = state.selected.size;
    $('selection-bar').hidden = n === 0 || !(state.me && state.me.canDecide);
    $('selection-count').textContent = t('selected', { n });
  }

  async function select(index) {
    if (index < 0 || index >= state.order.length) {
      state.current = -1;
      state.detail = null;
      $('detail').replaceChildren(el('p', { className: 'muted', text: state.order.length ? t('pickItem') : t('empty') }));
      return;
    }
    state.current = index;
    for (const row of document.querySelectorAll('#queue-list li.row')) row.classList.toggle('current', row.getAttribute('data-index') === String(index));
    const current = document.querySelector('#queue-list li.row.current');
    if (current) current.scrollIntoView({ block: 'nearest' });
    await loadDetail(state.order[index]);
  }

  async function loadDetail(id) {
    try {
      state.detail = await api('GET', '/api/items/' + encodeURIComponent(id));
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
      return;
    }
    renderDetail();
  }

  // ---------- item view ----------
  function renderDetail() {
    const d = state.detail;
    const item = d.item;
    const facts = item.classification.facts || { amountsKzt: [], lawArticles: [], regions: [], outlets: [] };
    const canDecide = state.me && state.me.canDecide;
    const parts = [
      el('h2', { className: 'detail-title' }, segments(d.highlights.title)),
      el('div', { className: 'row-meta' }, [
        el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }),
        el('span', { text: item.sourceId }),
        el('span', { text: t('published') + ' ' + formatDate(item.publishedAt) }),
        el('span', { text: t('version') + ' ' + item.version }),
        el('span', { text: t('score') + ' ' + item.classification.score.toFixed(2) }),
        safeLink(item.url, t('original')),
        item.mergedInto ? el('span', { text: t('mergedInto') + ' ' + item.mergedInto }) : null,
        item.addedBy ? el('span', { text: t('addedBy') + ' ' + item.addedBy }) : null,
      ]),
      el('p', { className: 'cats', text: item.classification.categories.map(categoryLabel).join(' · ') }),
      el('div', { className: 'detail-text' }, segments(d.highlights.text)),
    ];
    if (item.classification.explanation && item.classification.explanation.length) {
      parts.push(el('details', { className: 'why' }, [el('summary', { text: t('whyFlagged') }), el('ul', {}, item.classification.explanation.map((line) => el('li', { text: line })))]));
    }
    parts.push(
      el('dl', { className: 'facts' }, [
        el('dt', { text: t('amounts') }), el('dd', { text: facts.amountsKzt.map((a) => a.toLocaleString('ru-RU')).join(', ') || '—' }),
        el('dt', { text: t('articles') }), el('dd', { text: facts.lawArticles.map((a) => t('lc_' + a.code) + ' ' + a.article + (a.part ? '.' + a.part : '')).join(', ') || '—' }),
        el('dt', { text: t('regions') }), el('dd', { text: facts.regions.join(', ') || '—' }),
        el('dt', { text: t('outlets') }), el('dd', { text: facts.outlets.join(', ') || '—' }),
      ]),
    );
    if (!canDecide) parts.push(el('p', { className: 'muted', text: t('readOnly') }));
    else if (item.status === 'pending') {
      parts.push(entryForm(d.suggestedEntry, 'approve'));
      parts.push(rejectForm());
      parts.push(el('div', { className: 'merge' }, [el('p', { className: 'muted', text: t('mergeHint') }), el('button', { type: 'button', id: 'merge-button', text: t('merge'), onclick: mergeSelected })]));
    } else if (item.status === 'approved') {
      parts.push(entryForm(item.entry || d.suggestedEntry, 'edit'));
      parts.push(el('button', { type: 'button', id: 'reopen-button', text: t('reopen'), onclick: () => decide('reopen', {}, 'reopened') }));
    } else if (item.status === 'ignored') {
      parts.push(el('button', { type: 'button', id: 'enqueue-button', text: t('enqueue'), onclick: () => decide('enqueue', {}, 'enqueued') }));
    } else {
      parts.push(el('button', { type: 'button', id: 'reopen-button', text: t('reopen'), onclick: () => decide('reopen', {}, 'reopened') }));
    }
    if (d.related.length) parts.push(el('section', { className: 'related' }, [el('h3', { text: t('related') }), el('ul', {}, d.related.map((r) => el('li', {}, [el('span', { className: 'badge st-' + r.status, text: t('st_' + r.status) }), ' ', r.title, ' — ', r.sourceId])))]));
    parts.push(
      el('section', { className: 'audit' }, [
        el('h3', { text: t('audit') }),
        d.audit.length
          ? el('ol', {}, d.audit.map((a) => el('li', {}, [
              el('time', { text: formatDate(a.at) }), ' ', el('strong', { text: a.actor }), ' ', a.action,
              a.fromStatus && a.toStatus && a.fromStatus !== a.toStatus ? ' (' + t('st_' + a.fromStatus) + ' → ' + t('st_' + a.toStatus) + ')' : '',
              a.changes && Object.keys(a.changes).length ? ' · ' + Object.keys(a.changes).join(', ') : '',
              a.note ? ' · ' + a.note : '',
            ])))
          : el('p', { className: 'muted', text: t('noAudit') }),
      ]),
    );
    $('detail').replaceChildren(...parts);
  }

  function field(label, input) {
    return el('label', { className: 'field' }, [el('span', { text: label }), input]);
  }

  function options(values, prefix, value, blank) {
    const list = (blank ? [['', '—']] : []).concat(values.map((v) => [v, prefix ? t(prefix + v) : categoryLabel(v)]));
    const select = el('select', {}, list.map(([v, label]) => el('option', { value: v, text: label })));
    select.value = value === undefined || value === null ? '' : String(value);
    return select;
  }

  function entryForm(entry, mode) {
    const e = entry || { text: {} };
    const lc = e.legalCase || {};
    const law = lc.lawArticle || {};
    const inputs = {
      category: options(state.taxonomy.categories.map((c) => c.id), '', e.category),
      ru: el('textarea', { rows: 4, value: (e.text && e.text.ru) || '' }),
      kk: el('textarea', { rows: 3, value: (e.text && e.text.kk) || '' }),
      en: el('textarea', { rows: 3, value: (e.text && e.text.en) || '' }),
      eventDate: el('input', { type: 'date', value: e.eventDate || '', required: 'required' }),
      outlet: el('input', { type: 'text', value: e.outlet || '' }),
      region: el('input', { type: 'text', value: e.region || '' }),
      people: el('input', { type: 'text', value: (e.people || []).join(', ') }),
      hasCase: el('input', { type: 'checkbox', checked: !!e.legalCase }),
      caseKey: el('input', { type: 'text', value: lc.caseKey || '' }),
      caseType: options(CASE_TYPES, 'ct_', lc.type || 'civil'),
      stage: options(STAGES, 'sg_', lc.stage || 'filed'),
      honourDignity: el('input', { type: 'checkbox', checked: !!lc.honourDignity }),
      inCourt: el('input', { type: 'checkbox', checked: !!lc.inCourt }),
      judicialAct: el('input', { type: 'checkbox', checked: !!lc.judicialAct }),
      outcome: options(OUTCOMES, 'oc_', lc.outcome, true),
      lawCode: options(LAW_CODES, 'lc_', law.code, true),
      lawArticle: el('input', { type: 'text', value: law.article || '', size: 6 }),
      lawPart: el('input', { type: 'text', value: law.part || '', size: 4 }),
      claimed: el('input', { type: 'number', min: 0, step: 1, value: lc.amountClaimedKzt === undefined ? '' : String(lc.amountClaimedKzt) }),
      awarded: el('input', { type: 'number', min: 0, step: 1, value: lc.amountAwardedKzt === undefined ? '' : String(lc.amountAwardedKzt) }),
    };
    const caseBox = el('fieldset', { className: 'case', hidden: !e.legalCase }, [
      field(t('caseKey'), inputs.caseKey), field(t('caseType'), inputs.caseType), field(t('stage'), inputs.stage),
      field(t('outcome'), inputs.outcome), field(t('lawCode'), inputs.lawCode), field(t('lawArticle'), inputs.lawArticle), field(t('lawPart'), inputs.lawPart),
      field(t('amountClaimed'), inputs.claimed), field(t('amountAwarded'), inputs.awarded),
      el('label', { className: 'check' }, [inputs.honourDignity, t('honourDignity')]),
      el('label', { className: 'check' }, [inputs.inCourt, t('inCourt')]),
      el('label', { className: 'check' }, [inputs.judicialAct, t('judicialAct')]),
    ]);
    inputs.hasCase.addEventListener('change', () => (caseBox.hidden = !inputs.hasCase.checked));
    const form = el('form', { className: 'entry', id: mode === 'approve' ? 'approve-form' : 'edit-form' }, [
      el('h3', { text: t(mode === 'approve' ? 'approveTitle' : 'editTitle') }),
      field(t('category'), inputs.category),
      field(t('entryText') + ' (RU)', inputs.ru), field(t('entryText') + ' (KK)', inputs.kk), field(t('entryText') + ' (EN)', inputs.en),
      el('div', { className: 'inline' }, [field(t('eventDate'), inputs.eventDate), field(t('outlet'), inputs.outlet), field(t('region'), inputs.region)]),
      field(t('people'), inputs.people),
      el('label', { className: 'check' }, [inputs.hasCase, t('legalCase')]),
      caseBox,
      el('button', { type: 'submit', className: 'primary', text: t(mode === 'approve' ? 'approve' : 'save') }),
    ]);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const text = {};
      for (const l of ['ru', 'kk', 'en']) if (inputs[l].value.trim()) text[l] = inputs[l].value.trim();
      if (!Object.keys(text).length) return toast(t('needText'), 'bad');
      const result = { category: inputs.category.value, text, eventDate: inputs.eventDate.value };
      if (inputs.outlet.value.trim()) result.outlet = inputs.outlet.value.trim();
      if (inputs.region.value.trim()) result.region = inputs.region.value.trim();
      const people = inputs.people.value.split(',').map((p) => p.trim()).filter(Boolean);
      if (people.length) result.people = people;
      if (inputs.hasCase.checked) {
        const legalCase = { caseKey: inputs.caseKey.value.trim() || state.detail.item.id, type: inputs.caseType.value, stage: inputs.stage.value };
        if (inputs.honourDignity.checked) legalCase.honourDignity = true;
        if (inputs.inCourt.checked) legalCase.inCourt = true;
        if (inputs.judicialAct.checked) legalCase.judicialAct = true;
        if (inputs.outcome.value) legalCase.outcome = inputs.outcome.value;
        if (inputs.lawCode.value && inputs.lawArticle.value.trim()) {
          legalCase.lawArticle = { code: inputs.lawCode.value, article: inputs.lawArticle.value.trim() };
          if (inputs.lawPart.value.trim()) legalCase.lawArticle.part = inputs.lawPart.value.trim();
        }
        if (inputs.claimed.value !== '') legalCase.amountClaimedKzt = Number(inputs.claimed.value);
        if (inputs.awarded.value !== '') legalCase.amountAwardedKzt = Number(inputs.awarded.value);
        result.legalCase = legalCase;
      }
      if (mode === 'approve') decide('approve', { entry: result }, 'approved');
      else decide('entry', { entry: result }, 'saved', 'PUT');
    });
    return form;
  }

  function rejectForm() {
    const reason = el('input', { type: 'text', id: 'reject-reason', placeholder: t('reason'), autocomplete: 'off' });
    const form = el('form', { className: 'reject', id: 'reject-form' }, [
      el('h3', { text: t('rejectTitle') }),
      field(t('reason'), reason),
      el('button', { type: 'submit', text: t('reject') }),
    ]);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (!reason.value.trim()) {
        reason.focus();
        return toast(t('needReason'), 'bad');
      }
      decide('reject', { reason: reason.value.trim() }, 'rejected');
    });
    return form;
  }

  async function decide(action, payload, doneKey, method) {
    const item = state.detail.item;
    try {
      await api(method || 'POST', '/api/items/' + encodeURIComponent(item.id) + '/' + action, Object.assign({ version: item.version }, payload));
      toast(t(doneKey), 'good');
    } catch (e) {
      if (e.status === 401) return;
      toast(e.status === 409 ? t('conflict') : t('error') + ': ' + e.message, 'bad');
    }
    await afterChange(item.id);
  }

  /** Reload the queue keeping the position: a decided item leaves the list, the next one is shown. */
  async function afterChange(id) {
    const position = Math.max(0, state.order.indexOf(id));
    const params = filterParams();
    let page;
    try {
      page = await api('GET', '/api/items?' + params.toString());
    } catch (e) {
      return;
    }
    state.items = page.items;
    state.groups = page.groups;
    state.cursor = page.cursor;
    for (const selectedId of [...state.selected]) if (!page.items.some((i) => i.id === selectedId)) state.selected.delete(selectedId);
    renderQueue();
    const still = state.order.indexOf(id);
    await select(still >= 0 ? still : Math.min(position, state.order.length - 1));
  }

  async function mergeSelected() {
    if (!state.detail) return;
    const rep = state.detail.item;
    const others = [...state.selected].filter((id) => id !== rep.id);
    if (!others.length) return toast(t('needSelection'), 'bad');
    const versions = new Map(state.items.map((i) => [i.id, i.version]));
    const items = [{ id: rep.id, version: rep.version }].concat(others.map((id) => ({ id, version: versions.get(id) })));
    try {
      await api('POST', '/api/merge', { representativeId: rep.id, items });
      toast(t('merged'), 'good');
      state.selected.clear();
    } catch (e) {
      if (e.status === 401) return;
      toast(e.status === 409 ? t('conflict') : t('error') + ': ' + e.message, 'bad');
    }
    await afterChange(rep.id);
  }

  async function bulkRejectSelected() {
    const reason = $('bulk-reason').value.trim();
    if (!reason) {
      $('bulk-reason').focus();
      return toast(t('needReason'), 'bad');
    }
    const versions = new Map(state.items.map((i) => [i.id, i.version]));
    const items = [...state.selected].filter((id) => versions.has(id)).map((id) => ({ id, version: versions.get(id) }));
    try {
      const result = await api('POST', '/api/items/bulk-reject', { items, reason });
      const ok = result.results.filter((r) => r.result === 'rejected').length;
      toast(t('bulkDone', { ok, conflicts: result.results.length - ok }), ok === result.results.length ? 'good' : 'bad');
      state.selected.clear();
      $('bulk-reason').value = '';
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
    }
    await loadQueue(false);
  }

  // ---------- search for misses, import ----------
  async function searchAll(ev) {
    ev.preventDefault();
    const params = new URLSearchParams();
    for (const [name, id] of [['q', 's-q'], ['source', 's-source'], ['from', 's-from'], ['to', 's-to']]) if ($(id).value.trim()) params.set(name, $(id).value.trim());
    let page;
    try {
      page = await api('GET', '/api/search?' + params.toString());
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
      return;
    }
    $('search-results').replaceChildren(
      el('li', { className: 'muted', text: t('results', { n: page.items.length }) }),
      ...page.items.map((item) =>
        el('li', { className: 'row' }, [
          el('div', { className: 'row-body' }, [
            el('div', { className: 'row-title', text: item.title }),
            el('div', { className: 'row-meta' }, [el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }), el('span', { text: item.sourceId }), el('span', { text: formatDate(item.publishedAt) }), safeLink(item.url, t('original'))]),
            el('div', { className: 'row-snippet' }, segments(item.snippets[0])),
          ]),
          item.status === 'ignored' && state.me.canDecide
            ? el('button', { type: 'button', className: 'enqueue', text: t('enqueue'), onclick: async (e) => {
                e.target.disabled = true;
                try {
                  await api('POST', '/api/items/' + encodeURIComponent(item.id) + '/enqueue', { version: item.version });
                  toast(t('enqueued'), 'good');
                  await loadQueue(false);
                } catch (err) {
                  if (err.status !== 401) toast(err.status === 409 ? t('conflict') : t('error') + ': ' + err.message, 'bad');
                }
              } })
            : null,
        ]),
      ),
    );
  }

  /** After late approvals: publish the month's report again (reviewers only). */
  async function requestReport(ev) {
    ev.preventDefault();
    const month = $('r-month').value;
    if (!month) return toast(t('needMonth'), 'bad');
    try {
      const result = await api('POST', '/api/reports/' + encodeURIComponent(month));
      toast(t(result.outcome === 'built' ? 'reportBuilt' : 'reportQueued', { month }), 'good');
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
    }
  }

  async function importItem(ev) {
    ev.preventDefault();
    const body = {};
    if ($('i-url').value.trim()) body.url = $('i-url').value.trim();
    if ($('i-title').value.trim()) body.title = $('i-title').value.trim();
    if ($('i-text').value.trim()) body.text = $('i-text').value.trim();
    try {
      await api('POST', '/api/items/import', body);
      toast(t('imported'), 'good');
      $('import-form').reset();
      await loadQueue(false);
    } catch (e) {
      if (e.status !== 401) toast(t('error') + ': ' + e.message, 'bad');
    }
  }

  // ---------- keyboard ----------
  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
  }

  document.addEventListener('keydown', (ev) => {
    if ($('app').hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'Escape' && typing(ev.target)) return ev.target.blur();
    if (typing(ev.target)) return;
    const key = ev.key;
    if (key === 'j') select(Math.min(state.current + 1, state.order.length - 1));
    else if (key === 'k') select(Math.max(state.current - 1, 0));
    else if (key === 'a') {
      const form = $('approve-form');
      if (form) form.requestSubmit();
    } else if (key === 'r') {
      const reason = $('reject-reason');
      if (reason) reason.focus();
    } else if (key === 'm') mergeSelected();
    else if (key === 'x' && state.current >= 0) {
      const id = state.order[state.current];
      toggleSelected(id, !state.selected.has(id));
    } else if (key === '/') $('f-q').focus();
    else return;
    ev.preventDefault();
  });

  // ---------- wiring ----------
  $('login-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.token = $('token').value.trim();
    sessionStorage.setItem('sozwatch.token', state.token);
    start();
  });
  $('hosted-login').addEventListener('click', () => {
    const hosted = loginConfig();
    if (hosted) beginHostedLogin(hosted);
  });
  $('logout').addEventListener('click', () => {
    sessionStorage.removeItem('sozwatch.token');
    sessionStorage.removeItem('sozwatch.refresh');
    state.token = '';
    showLogin('');
  });
  $('lang').addEventListener('change', () => {
    state.lang = $('lang').value;
    localStorage.setItem('sozwatch.lang', state.lang);
    applyLanguage();
    if (!$('app').hidden) {
      renderQueue();
      if (state.detail) renderDetail();
    }
  });
  $('filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.current = -1;
    loadQueue(false);
  });
  $('more').addEventListener('click', () => loadQueue(true));
  $('merge-selected').addEventListener('click', mergeSelected);
  $('bulk-reject').addEventListener('click', bulkRejectSelected);
  $('clear-selection').addEventListener('click', () => {
    state.selected.clear();
    renderQueue();
  });
  $('search-form').addEventListener('submit', searchAll);
  $('import-form').addEventListener('submit', importItem);
  $('report-form').addEventListener('submit', requestReport);
  applyLanguage();
  start();
})();
