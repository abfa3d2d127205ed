// The review page's entry module: signing in, the interface language, keyboard shortcuts and the
// wiring of the static page's controls. The modules it imports:
//   review-state.js   what the page knows (session, taxonomy, queue page, item on view)
//   review-i18n.js    t() over the ru/kk/en dictionaries (review-strings-*.js), dates, error wording
//   review-dom.js     building the DOM from untrusted data (textContent only, http(s) links only)
//   review-api.js     API requests with the bearer token; pasted and hosted sign-in, renewal
//   review-queue.js   filters, the queue with suggested events, selection, choosing an item
//   review-detail.js  the item on view
//   review-forms.js   the report entry and rejection forms
//   review-actions.js decisions (with undo), merge, bulk reject, search, import, report rebuild
//   review-notes.js   notes on an item and who has taken it
//   review-gazetteer.js outlet and region names in ru/kk/en
import { api, beginHostedLogin, finishHostedLogin, loginConfig, showLogin, signOut, usePastedToken } from './review-api.js';
import { bulkRejectSelected, importItem, mergeSelected, renderSearch, requestReport, searchAll } from './review-actions.js';
import { renderDetail } from './review-detail.js';
import { initCaseRoute } from './cases-page.js';
import { initReportDraft } from './report-draft.js';
import { initReportSettings } from './report-settings.js';
import { $ } from './review-dom.js';
import { loadGazetteer, renderGazetteer, wireGazetteer } from './review-gazetteer.js';
import { errorText, t } from './review-i18n.js';
import { leaveItem } from './review-notes.js';
import { loadQueue, renderFilters, renderQueue, restoreFilters, select, toggleSelected } from './review-queue.js';
import { state } from './review-state.js';

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('pageTitle');
  $('lang').value = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.getAttribute('data-i18n'));
  $('bulk-reason').placeholder = t('reason');
  // A viewer is shown only the shortcuts that do something for them.
  if (state.me && !state.me.canDecide) $('shortcuts').textContent = t('shortcutsViewer');
  renderFilters();
  renderGazetteer();
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
    if (e.status !== 401) showLogin(errorText(e));
    return;
  }
  $('login').hidden = true;
  $('app').hidden = false;
  $('logout').hidden = false;
  $('whoami').textContent = state.me.id;
  $('viewer-only').hidden = state.me.canDecide;
  // What a viewer may not do is not offered (the server refuses it anyway).
  $('report-form').hidden = !state.me.canDecide;
  $('import-form').hidden = !state.me.canDecide;
  if ($('tools').open) loadGazetteer();
  applyLanguage();
  initReportDraft();
  initReportSettings();
  await loadQueue(false);
  initCaseRoute();
}

const SHORTCUT_KEYS = { KeyJ: 'j', KeyK: 'k', KeyA: 'a', KeyR: 'r', KeyM: 'm', KeyX: 'x', Slash: '/' };

function typing(target) {
  return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT' || target.isContentEditable);
}

document.addEventListener('keydown', (ev) => {
  if ($('app').hidden || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  if (ev.key === 'Escape' && typing(ev.target)) return ev.target.blur();
  if (typing(ev.target)) return;
  // The physical key, whatever the keyboard layout: with a Russian or Kazakh layout J types «о».
  const key = SHORTCUT_KEYS[ev.code];
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
  } else if (key === '/') {
    // On a phone the search field waits behind the filters button.
    $('filters').classList.add('open');
    $('filters-toggle').setAttribute('aria-expanded', 'true');
    $('f-q').focus();
  }
  else return;
  ev.preventDefault();
});

$('login-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  usePastedToken($('token').value.trim());
  start();
});
$('hosted-login').addEventListener('click', () => {
  const hosted = loginConfig();
  if (hosted) beginHostedLogin(hosted);
});
$('logout').addEventListener('click', () => {
  // Give back a held item first, while the token still works.
  leaveItem();
  signOut();
});
$('lang').addEventListener('change', () => {
  state.lang = $('lang').value;
  localStorage.setItem('sozwatch.lang', state.lang);
  // A message in the previous language is not left on screen.
  $('toast').className = 'toast';
  applyLanguage();
  if (!$('app').hidden) {
    renderQueue();
    if (state.detail) renderDetail();
    // The editor's panels are built in the language of the moment: built again in the new one.
    for (const id of ['report-draft', 'report-settings']) $(id)?.remove();
    initReportDraft();
    initReportSettings();
  }
  renderSearch();
});
$('filters').addEventListener('submit', (ev) => {
  ev.preventDefault();
  state.current = -1;
  loadQueue(false);
});
$('filters-toggle').addEventListener('click', () => {
  const open = $('filters').classList.toggle('open');
  $('filters-toggle').setAttribute('aria-expanded', String(open));
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
wireGazetteer();
restoreFilters();
applyLanguage();
start();
