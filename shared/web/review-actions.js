// What a reviewer does to items, each followed by a fresh queue: decisions on the item on view,
// merging and bulk-rejecting the selection, sending a miss found by search to the queue, importing,
// and rebuilding a month's report. The last approval or rejection can be undone from its toast.
import { api } from './review-api.js';
import { $, content, el, safeLink, segments, toast } from './review-dom.js';
import { errorText, formatMonth, t } from './review-i18n.js';
import { filterParams, loadQueue, openItem, select, showPage, summaryMeta } from './review-queue.js';
import { state } from './review-state.js';

function failed(e) {
  if (e.status !== 401) toast(errorText(e), 'bad');
}

const UNDOABLE = new Set(['approve', 'reject']);

/** A decision on the item on view (`/api/items/{id}/{action}` at the version shown). */
export async function decide(action, payload, doneKey, method) {
  const item = state.detail.item;
  try {
    const answer = await api(method || 'POST', '/api/items/' + encodeURIComponent(item.id) + '/' + action, Object.assign({ version: item.version }, payload));
    const decided = answer && answer.item;
    const undo = UNDOABLE.has(action) && decided ? { label: t('undo'), about: decided.title, run: () => undoDecision(decided) } : undefined;
    toast(t(doneKey), 'good', undo);
  } catch (e) {
    if (e.status === 401) return;
    if (e.status === 409) {
      // A lost race: the page shows the winner's state, and keeps what this reviewer typed beside it.
      state.lostDraft = Object.assign({ id: item.id }, payload.entry ? { entry: payload.entry } : {}, payload.reason ? { reason: payload.reason } : {});
      toast(t('conflict'), 'bad');
      return afterChange(item.id, true);
    }
    failed(e);
  }
  await afterChange(item.id);
}

/** Undo is a reopen at the version the decision wrote: the audit keeps both steps. */
async function undoDecision(decided) {
  try {
    await api('POST', '/api/items/' + encodeURIComponent(decided.id) + '/reopen', { version: decided.version });
    toast(t('undone'), 'good');
  } catch (e) {
    failed(e);
  }
  await loadQueue(false);
  const index = state.order.indexOf(decided.id);
  if (index >= 0) await select(index);
  else await openItem(decided.id);
}

/** Reload the queue keeping the position: a decided item leaves the list, the next one is shown (`stay`: the same item, in its current state). */
async function afterChange(id, stay) {
  const position = Math.max(0, state.order.indexOf(id));
  const params = filterParams();
  let page;
  try {
    page = await api('GET', '/api/items?' + params.toString());
  } catch (e) {
    return;
  }
  showPage(page, false);
  const still = state.order.indexOf(id);
  if (stay && still < 0) {
    state.current = -1;
    for (const row of document.querySelectorAll('#queue-list li.row.current')) row.classList.remove('current');
    return openItem(id);
  }
  await select(still >= 0 ? still : Math.min(position, state.order.length - 1));
}

/** The selected items become duplicates of the item on view. */
export async function mergeSelected() {
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
    failed(e);
  }
  await afterChange(rep.id);
}

export async function bulkRejectSelected() {
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
    if (e.status !== 401) toast(errorText(e), 'bad');
  }
  await loadQueue(false);
}

/** Search every stored item, flagged or not, for what the rules missed. */
export async function searchAll(ev) {
  ev.preventDefault();
  const params = new URLSearchParams();
  for (const [name, id] of [['q', 's-q'], ['source', 's-source'], ['from', 's-from'], ['to', 's-to']]) if ($(id).value.trim()) params.set(name, $(id).value.trim());
  let page;
  try {
    page = await api('GET', '/api/search?' + params.toString());
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'bad');
    return;
  }
  state.found = page.items;
  renderSearch();
}

/** The last search's results, in the interface language. */
export function renderSearch() {
  if (!state.found) return;
  $('search-results').replaceChildren(el('li', { className: 'muted', text: t('results', { n: state.found.length }) }), ...state.found.map(searchRow));
}

function searchRow(item) {
  return el('li', { className: 'row', 'data-id': item.id }, [
    el('div', { className: 'row-body' }, [
      content('div', item.title, { className: 'row-title' }),
      el('div', { className: 'row-meta' }, [...summaryMeta(item), safeLink(item.url, t('original'))]),
      segments(item.snippets[0], 'div', { className: 'row-snippet' }),
    ]),
    item.status === 'ignored' && state.me.canDecide ? el('button', { type: 'button', className: 'enqueue', text: t('enqueue'), onclick: (e) => enqueueFound(e.target, item) }) : null,
  ]);
}

/** Sends a miss to the queue; its search result then shows the status it has now. */
async function enqueueFound(button, item) {
  button.disabled = true;
  try {
    const answer = await api('POST', '/api/items/' + encodeURIComponent(item.id) + '/enqueue', { version: item.version });
    toast(t('enqueued'), 'good');
    const now = Object.assign({}, item, { status: answer.item.status, version: answer.item.version });
    state.found = state.found.map((found) => (found.id === item.id ? now : found));
    renderSearch();
    await loadQueue(false);
  } catch (err) {
    button.disabled = false;
    failed(err);
  }
}

/** After late approvals: publish the month's report again (reviewers only). */
export async function requestReport(ev) {
  ev.preventDefault();
  const month = $('r-month').value;
  if (!month) return toast(t('needMonth'), 'bad');
  try {
    const result = await api('POST', '/api/reports/' + encodeURIComponent(month));
    toast(t(result.outcome === 'built' ? 'reportBuilt' : 'reportQueued', { month: formatMonth(month) }), 'good');
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'bad');
  }
}

export async function importItem(ev) {
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
    if (e.status !== 401) toast(errorText(e), 'bad');
  }
}
