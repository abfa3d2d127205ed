// The add and edit form of a source, with "Test now": the API fetches the source as typed, through the
// same fetcher and parser a run uses, and the page shows the parsed items or the error, nothing saved.
import { api } from './review-api.js';
import { $, el, field, formatDate, safeLink, toast } from './review-dom.js';
import { st } from './sources-i18n.js';
import { view } from './sources-list.js';

const TEXT_FIELDS = ['name', 'url', 'parser', 'note', 'evidence'];
const NUMBER_FIELDS = ['pollMinutes', 'maxSilenceHours'];

function select(name, values, label, value) {
  const node = el('select', { name }, values.map((v) => el('option', { value: v, text: label(v) })));
  node.value = value;
  return node;
}

function input(name, value, type) {
  return el('input', { name, type: type || 'text', value: value === undefined || value === null ? '' : String(value), autocomplete: 'off' });
}

/** The form's fields as the API takes them; throws an Error with a readable message for bad settings JSON. */
function readForm(form, isNew) {
  const data = new FormData(form);
  const body = {};
  if (isNew) body.id = String(data.get('id') || '').trim();
  for (const name of ['kind', 'language', 'group']) body[name] = String(data.get(name));
  for (const name of TEXT_FIELDS) {
    const value = String(data.get(name) || '').trim();
    if (value || name === 'note') body[name] = value;
  }
  for (const name of NUMBER_FIELDS) body[name] = Number(data.get(name));
  body.expectsItems = data.get('expectsItems') === 'on';
  body.verified = data.get('verified') === 'on';
  const verifiedOn = String(data.get('lastVerifiedAt') || '');
  if (verifiedOn) body.lastVerifiedAt = verifiedOn;
  const settings = String(data.get('settings') || '').trim();
  if (settings) {
    let parsed;
    try {
      parsed = JSON.parse(settings);
    } catch (e) {
      parsed = null;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(st('badJson'));
    body.settings = parsed;
  }
  return body;
}

function showTestResult(box, result) {
  if (!result.ok) {
    box.replaceChildren(el('p', { className: 'error', text: st('testFailed', { kind: result.errorKind }) }), el('p', { text: result.error }));
    return;
  }
  const heading = el('p', { className: 'good', text: result.count ? st('testOk', { n: result.count }) : st('testEmpty') });
  const list = el('ol', {}, result.items.map((item) => el('li', {}, [safeLink(item.url, item.title), ' · ', el('span', { className: 'muted', text: formatDate(item.publishedAt) })])));
  box.replaceChildren(heading, list);
}

async function testNow(form, box, isNew, source) {
  let body;
  try {
    body = readForm(form, isNew);
  } catch (e) {
    box.replaceChildren(el('p', { className: 'error', text: e.message }));
    return;
  }
  if (!body.id) delete body.id;
  if (!isNew) body.id = source.id;
  box.replaceChildren(el('p', { className: 'muted', text: st('testing') }));
  try {
    showTestResult(box, await api('POST', '/api/sources/test', body));
  } catch (e) {
    const refused = e.data && e.data.error === 'fetch-refused';
    box.replaceChildren(el('p', { className: 'error', text: refused ? st('refused') : e.message }), refused ? el('p', { text: e.message }) : null);
  }
}

async function save(form, box, isNew, source, done) {
  let body;
  try {
    body = readForm(form, isNew);
  } catch (e) {
    box.replaceChildren(el('p', { className: 'error', text: e.message }));
    return;
  }
  try {
    if (isNew) {
      const answer = await api('POST', '/api/sources', body);
      toast(st('added'), 'good');
      done(answer.source);
    } else {
      // Fields emptied in the form are removed from the record.
      for (const name of ['evidence', 'lastVerifiedAt', 'settings']) if (body[name] === undefined && source[name] !== undefined) body[name] = null;
      const answer = await api('PUT', '/api/sources/' + encodeURIComponent(source.id), Object.assign({ version: source.version }, body));
      toast(st('saved'), 'good');
      done(answer.source);
    }
  } catch (e) {
    if (e.status === 409 && e.data && e.data.current) {
      toast(st('conflict'), 'bad');
      done(null);
      return;
    }
    box.replaceChildren(el('p', { className: 'error', text: e.message }));
  }
}

/** The source's audit trail, newest first: who changed what, with the before and after of each field. */
async function loadHistory(box, id) {
  try {
    const { audit } = await api('GET', '/api/sources/' + encodeURIComponent(id));
    const line = (a) => {
      const fields = Object.keys(a.changes || {}).join(', ');
      return el('li', { text: formatDate(a.at) + ' · ' + a.actor + ' · ' + a.action + (fields ? ' (' + fields + ')' : '') + (a.note ? ' — ' + a.note : '') });
    };
    box.append(el('ol', {}, audit.map(line)));
  } catch (e) {
    box.append(el('p', { className: 'error', text: e.message }));
  }
}

/** Opens the form for a new source (`source` null) or to edit one; `testFirst` runs Test now at once. */
export function openEditor(source, done, testFirst) {
  const isNew = !source;
  const s = source || { kind: 'feed', language: 'ru', group: 'national', pollMinutes: 30, maxSilenceHours: 48, expectsItems: true, verified: false, note: '' };
  const choices = view.choices;
  const result = el('div', { className: 'test-result', id: 'test-result', 'aria-live': 'polite' });
  const form = el('form', { className: 'source-form', id: 'source-form' }, [
    el('h3', { className: 'wide', text: isNew ? st('addTitle') : st('editTitle', { id: s.id }) }),
    isNew ? field(st('id'), input('id', '')) : null,
    field(st('name'), input('name', s.name)),
    field(st('kind'), select('kind', choices.kinds, (v) => st('k_' + v), s.kind)),
    el('div', { className: 'wide' }, [field(st('url'), input('url', s.url, 'url'))]),
    field(st('sourceLanguage'), select('language', choices.languages, (v) => choices.languageNames[v] || v, s.language)),
    field(st('group'), select('group', choices.groups, (v) => st('g_' + v), s.group)),
    field(st('parser'), input('parser', s.parser)),
    field(st('pollMinutes'), input('pollMinutes', s.pollMinutes, 'number')),
    field(st('maxSilenceHours'), input('maxSilenceHours', s.maxSilenceHours, 'number')),
    field(st('lastVerifiedAt'), input('lastVerifiedAt', s.lastVerifiedAt ? String(s.lastVerifiedAt).slice(0, 10) : '', 'date')),
    el('label', { className: 'check' }, [el('input', { type: 'checkbox', name: 'expectsItems', checked: s.expectsItems !== false }), st('expectsItems')]),
    el('label', { className: 'check' }, [el('input', { type: 'checkbox', name: 'verified', checked: Boolean(s.verified) }), st('verified')]),
    el('div', { className: 'wide' }, [field(st('note'), input('note', s.note))]),
    el('div', { className: 'wide' }, [field(st('evidence'), el('textarea', { name: 'evidence', rows: 2, value: s.evidence || '' }))]),
    el('div', { className: 'wide' }, [field(st('settings'), el('textarea', { name: 'settings', rows: 3, spellcheck: 'false', value: s.settings ? JSON.stringify(s.settings, null, 1) : '' }))]),
    el('div', { className: 'buttons' }, [
      el('button', { type: 'button', id: 'test-now', text: st('testNow'), onclick: () => testNow(form, result, isNew, s) }),
      el('button', { type: 'submit', className: 'primary', id: 'save-source', text: st('save') }),
      el('button', { type: 'button', text: st('cancel'), onclick: () => done(undefined) }),
    ]),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    save(form, result, isNew, s, done);
  });
  const editor = $('source-editor');
  const history = el('details', { className: 'audit', id: 'source-history' }, [el('summary', { text: st('history') })]);
  editor.replaceChildren(form, result, isNew ? '' : history);
  if (!isNew) loadHistory(history, s.id);
  editor.hidden = false;
  editor.scrollIntoView({ block: 'start' });
  if (testFirst) testNow(form, result, isNew, s);
  else form.querySelector('input, select').focus();
}
