// The review page's entry module: signing in, the interface language, keyboard shortcuts and the
// wiring of the static page's controls. The modules it imports:
//   review-state.js   what the page knows (session, taxonomy, queue page, item on view)
//   review-i18n.js    interface strings in ru/kk/en and t()
//   review-dom.js     building the DOM from untrusted data (textContent only, http(s) links only)
//   review-api.js     API requests with the bearer token; pasted and hosted sign-in, renewal
//   review-queue.js   filters, the queue with suggested events, selection, choosing an item
//   review-detail.js  the item on view
//   review-forms.js   the report entry and rejection forms
//   review-actions.js decisions, merge, bulk reject, search, import, report rebuild
import { api, beginHostedLogin, finishHostedLogin, loginConfig, showLogin, signOut, usePastedToken } from './review-api.js';
import { bulkRejectSelected, importItem, mergeSelected, requestReport, searchAll } from './review-actions.js';
import { renderDetail } from './review-detail.js';
import { initCaseRoute } from './cases-page.js';
import { initReportDraft } from './report-draft.js';
import { initReportSettings } from './report-settings.js';
import { $ } from './review-dom.js';
import { t } from './review-i18n.js';
import { loadQueue, renderFilters, renderQueue, select, toggleSelected } from './review-queue.js';
import { state } from './review-state.js';

function applyLanguage() {
  document.documentElement.lang = state.lang;
  $('lang').value = state.lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.getAttribute('data-i18n'));
  $('bulk-reason').placeholder = t('reason');
  renderFilters();
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
  initReportDraft();
  initReportSettings();
  await loadQueue(false);
  initCaseRoute();
}

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
