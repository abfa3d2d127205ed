// The sources page's entry module: signing in (shared with the review page), the interface language,
// loading GET /api/sources and the actions on a source. The modules it imports:
//   review-api.js, review-dom.js, review-state.js  shared with the review page (session, DOM, state)
//   sources-i18n.js  this page's strings in ru/kk/en and st()
//   sources-list.js  the list of sources with their health and buttons
//   sources-form.js  the add/edit form with Test now
import { api, beginHostedLogin, finishHostedLogin, loginConfig, showLogin, signOut, usePastedToken } from './review-api.js';
import { $, toast } from './review-dom.js';
import { state } from './review-state.js';
import { openEditor } from './sources-form.js';
import { st } from './sources-i18n.js';
import { renderSources, replaceSource, view } from './sources-list.js';

const actions = { edit, setEnabled, applyCatalog };

function render() {
  renderSources(actions);
}

function applyLanguage() {
  document.documentElement.lang = state.lang;
  $('lang').value = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = st(node.getAttribute('data-i18n'));
  $('sources-filter').placeholder = st('filterSources');
  document.title = 'sozwatch — ' + st('sourcesTitle');
  if (state.me) $('whoami').textContent = state.me.id + (state.me.canDecide ? '' : ' · ' + st('readOnly'));
}

async function load() {
  const answer = await api('GET', '/api/sources');
  view.sources = answer.sources;
  view.choices = answer.choices;
  render();
}

function closeEditor(changed) {
  $('source-editor').hidden = true;
  $('source-editor').replaceChildren();
  if (changed) {
    replaceSource(changed);
    render();
  } else if (changed === null) {
    load();
  }
}

function edit(source, testFirst) {
  openEditor(source, closeEditor, testFirst);
}

/** Pause, resume and apply catalog: the version on view, so a change made meanwhile is a conflict, not lost. */
async function act(source, path, done) {
  try {
    const answer = await api('POST', '/api/sources/' + encodeURIComponent(source.id) + '/' + path, { version: source.version });
    replaceSource(answer.source);
    render();
    toast(st(done), 'good');
  } catch (e) {
    if (e.status === 409) {
      toast(st('conflict'), 'bad');
      await load();
    } else toast(e.message, 'bad');
  }
}

function setEnabled(source, enabled) {
  return act(source, enabled ? 'resume' : 'pause', enabled ? 'resumedDone' : 'pausedDone');
}

function applyCatalog(source) {
  return act(source, 'apply-catalog', 'appliedDone');
}

async function start() {
  const hosted = loginConfig();
  $('hosted-login').hidden = !hosted;
  if (hosted && !state.token) await finishHostedLogin(hosted);
  if (!state.token) return showLogin('');
  try {
    state.me = await api('GET', '/api/me');
    $('login').hidden = true;
    $('app').hidden = false;
    $('logout').hidden = false;
    applyLanguage();
    $('add-source').hidden = !state.me.canDecide;
    await load();
  } catch (e) {
    if (e.status !== 401) showLogin(e.message);
  }
}

$('login-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  usePastedToken($('token').value.trim());
  start();
});
$('hosted-login').addEventListener('click', () => {
  const hosted = loginConfig();
  if (hosted) beginHostedLogin(hosted);
});
$('logout').addEventListener('click', signOut);
$('lang').addEventListener('change', () => {
  state.lang = $('lang').value;
  localStorage.setItem('sozwatch.lang', state.lang);
  applyLanguage();
  if (!$('app').hidden) render();
});
$('sources-filter').addEventListener('input', () => {
  view.filter = $('sources-filter').value;
  render();
});
$('only-unhealthy').addEventListener('change', () => {
  view.onlyUnhealthy = $('only-unhealthy').checked;
  render();
});
$('add-source').addEventListener('click', () => openEditor(null, closeEditor));
applyLanguage();
start();
