// The queue: its filters (kept in the page's URL), counts per status and category, the page of items
// with suggested events grouped, selection and moving through it; choosing an item loads its view.
import { api } from './review-api.js';
import { renderDetail } from './review-detail.js';
import { leaveItem } from './review-notes.js';
import { $, categoryLabel, content, el, fillSelect, segments, toast } from './review-dom.js';
import { errorText, formatDate, formatDay, t } from './review-i18n.js';
import { state } from './review-state.js';

const FILTER_FIELDS = { status: 'f-status', category: 'f-category', source: 'f-source', lang: 'f-lang', from: 'f-from', to: 'f-to', q: 'f-q', sort: 'f-sort' };
const SELECTS = new Set(['status', 'category', 'lang', 'sort']);

/** The queue filter lists unflagged items last: they are looked for with the search, not reviewed. */
function statusChoices(statuses) {
  return statuses.filter((s) => s !== 'ignored').concat(statuses.filter((s) => s === 'ignored'));
}

/** "label (n)"; a status whose count stopped at the bounded read shows "n+". */
function counted(label, table, id, truncated) {
  const n = table && table[id];
  if (typeof n !== 'number') return label;
  return t('withCount', { label, n: n + (truncated && truncated.includes(id) ? '+' : '') });
}

/** Filters from the address (a reload or a shared link shows the same queue): text fields now, choices once the taxonomy is in. */
export function restoreFilters() {
  const params = new URLSearchParams(location.search);
  state.urlFilters = {};
  for (const [name, id] of Object.entries(FILTER_FIELDS)) {
    const value = params.get(name);
    if (!value) continue;
    if (SELECTS.has(name)) state.urlFilters[name] = value;
    else $(id).value = value;
  }
}

function chosen(name, fallback) {
  return $(FILTER_FIELDS[name]).value || (state.urlFilters && state.urlFilters[name]) || fallback || '';
}

/** The filter form's choices in the interface language, from the taxonomy the API served, with counts when known. */
export function renderFilters() {
  const taxonomy = state.taxonomy;
  if (!taxonomy) return;
  const counts = state.counts || {};
  fillSelect($('f-status'), statusChoices(taxonomy.statuses).map((s) => [s, counted(t('st_' + s), counts.byStatus, s, counts.truncated)]), chosen('status', 'pending'));
  fillSelect($('f-lang'), [['', t('any')]].concat(taxonomy.languages.map((l) => [l, taxonomy.languageNames[l]])), chosen('lang'));
  fillSelect($('f-sort'), taxonomy.queueSorts.map((s) => [s, t('sort_' + s)]), chosen('sort', taxonomy.queueSorts[0]));
  fillSelect($('f-category'), [['', t('anyCategory')]].concat(taxonomy.categories.map((c) => [c.id, counted(categoryLabel(c.id), counts.byCategory, c.id)])), chosen('category'));
  state.urlFilters = null;
  renderCounts();
}

function renderCounts() {
  const byStatus = state.counts && state.counts.byStatus;
  const line = $('status-counts');
  if (!byStatus || !state.taxonomy) return line.replaceChildren();
  line.replaceChildren(...statusChoices(state.taxonomy.statuses).filter((s) => typeof byStatus[s] === 'number')
    .map((s) => el('span', { className: 'badge st-' + s, text: counted(t('st_' + s), byStatus, s, state.counts.truncated) })));
}

export function filterParams() {
  const params = new URLSearchParams();
  for (const [name, id] of Object.entries(FILTER_FIELDS)) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** The filters into the address (defaults left out), so a reload or a shared link shows the same queue. */
function keepInAddress(params) {
  const shown = new URLSearchParams(params);
  if (shown.get('status') === 'pending') shown.delete('status');
  if (state.taxonomy && shown.get('sort') === state.taxonomy.queueSorts[0]) shown.delete('sort');
  history.replaceState(null, '', shown.toString() ? '?' + shown.toString() : location.pathname);
}

/** Counts per status and category under the same filters; the page works on without them. */
async function loadCounts(params) {
  const query = new URLSearchParams(params);
  query.delete('sort');
  try {
    state.counts = await api('GET', '/api/items/counts?' + query.toString());
  } catch (e) {
    state.counts = null;
  }
  renderFilters();
}

export async function loadQueue(more) {
  const params = filterParams();
  if (!more) keepInAddress(params);
  const query = new URLSearchParams(params);
  if (more && state.cursor) query.set('cursor', state.cursor);
  let page;
  try {
    page = await api('GET', '/api/items?' + query.toString());
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'bad');
    return;
  }
  showPage(page, more);
  const keep = state.order[state.current];
  const index = keep ? state.order.indexOf(keep) : -1;
  if (!more) await select(index >= 0 ? index : state.order.length ? 0 : -1);
}

/** A queue page into the state and on screen; selected items no longer listed are dropped. */
export function showPage(page, more) {
  if (more) {
    state.items = state.items.concat(page.items);
    state.groups = state.groups.concat(page.groups);
  } else {
    state.items = page.items;
    state.groups = page.groups;
    for (const id of [...state.selected]) if (!page.items.some((i) => i.id === id)) state.selected.delete(id);
  }
  state.cursor = page.cursor;
  renderQueue();
  // Every fresh first page (a filter, a decision, an undo) brings its counts up to date.
  if (!more) loadCounts(filterParams());
}

/** The outlet's name in the interface language (then any language), else the source's display name when the summary carries one; never an id. */
export function outletName(item) {
  const names = (item.outlet && item.outlet.names) || {};
  return names[state.lang] || names.ru || names.kk || names.en || item.sourceName || '';
}

/** A row's second line: status, outlet, the event's date (else the publication's), score, categories. */
export function summaryMeta(item) {
  const categories = (item.entryCategory ? [item.entryCategory] : item.categories || []).slice(0, 2).map(categoryLabel).join(' · ');
  const outlet = outletName(item);
  return [
    el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }),
    outlet ? content('span', outlet, { className: 'outlet' }) : null,
    el('span', { className: 'when', text: item.eventDate ? t('eventOn', { date: formatDay(item.eventDate) }) : t('publishedOn', { date: formatDate(item.publishedAt) }) }),
    el('span', { text: t('scoreValue', { n: item.score.toFixed(2) }) }),
    categories ? el('span', { className: 'cats', text: categories }) : null,
    item.mergedIds && item.mergedIds.length ? el('span', { className: 'merged-count', text: t('mergedCount', { n: item.mergedIds.length }) }) : null,
  ];
}

function queueRow(item, index) {
  const canDecide = state.me && state.me.canDecide;
  const row = el('li', { className: 'row' + (index === state.current ? ' current' : ''), 'data-id': item.id, 'data-index': index }, [
    canDecide ? el('input', { type: 'checkbox', className: 'pick', checked: state.selected.has(item.id), 'aria-label': t('selectItem'), onchange: (ev) => toggleSelected(item.id, ev.target.checked) }) : null,
    el('div', { className: 'row-body' }, [
      content('div', item.title, { className: 'row-title' }),
      el('div', { className: 'row-meta' }, summaryMeta(item)),
      segments(item.snippets[0], 'div', { className: 'row-snippet' }),
    ]),
  ]);
  row.addEventListener('click', (ev) => {
    if (ev.target.classList.contains('pick')) return;
    select(index, true);
  });
  return row;
}

export function renderQueue() {
  const byId = new Map(state.items.map((i) => [i.id, i]));
  const groupOf = new Map();
  state.groups.forEach((g, n) => g.ids.forEach((id) => groupOf.set(id, n)));
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
    const g = groupOf.has(id) ? groupOf.get(id) : -1;
    const row = queueRow(byId.get(id), index);
    if (g < 0) {
      openGroupIndex = -1;
      nodes.push(row);
      return;
    }
    if (g !== openGroupIndex) {
      const members = state.groups[g].ids.filter((m) => byId.has(m));
      openGroup = el('ol', { className: 'group-members' });
      openGroupIndex = g;
      const canDecide = state.me && state.me.canDecide;
      nodes.push(el('li', { className: 'group' }, [
        el('div', { className: 'group-head' }, [
          el('span', { text: t('groupLabel', { n: members.length }) }),
          canDecide ? el('button', { type: 'button', text: t('selectGroup'), onclick: () => members.forEach((m) => toggleSelected(m, true)) }) : null,
        ]),
        openGroup,
      ]));
    }
    openGroup.append(row);
  });
  $('queue-list').replaceChildren(...(nodes.length ? nodes : [el('li', { className: 'empty', text: t('empty') })]));
  $('queue-count').textContent = t(state.cursor ? 'countMore' : 'count', { n: state.items.length });
  $('more').hidden = !state.cursor;
  renderSelection();
}

export function toggleSelected(id, on) {
  if (!(state.me && state.me.canDecide)) return;
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

/** On a phone the detail sits below the list: bring it into view when an item is chosen. */
function narrow() {
  return window.matchMedia('(max-width: 820px)').matches;
}

/** Shows the item at `index` of the queue's order (none when out of range); `reveal` scrolls to it on a phone. */
export async function select(index, reveal) {
  if (index < 0 || index >= state.order.length) {
    leaveItem();
    state.current = -1;
    state.detail = null;
    $('detail').replaceChildren(el('p', { className: 'muted', text: state.order.length ? t('pickItem') : t('empty') }));
    return;
  }
  state.current = index;
  for (const row of document.querySelectorAll('#queue-list li.row')) row.classList.toggle('current', row.getAttribute('data-index') === String(index));
  const current = document.querySelector('#queue-list li.row.current');
  if (current && !reveal) current.scrollIntoView({ block: 'nearest' });
  await openItem(state.order[index]);
  if (reveal && narrow()) $('detail').scrollIntoView({ block: 'start' });
}

/** Loads and shows one item by id (also one outside the queue, e.g. the representative of a merge). */
export async function openItem(id) {
  if (!state.detail || state.detail.item.id !== id) leaveItem();
  try {
    state.detail = await api('GET', '/api/items/' + encodeURIComponent(id));
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'bad');
    return;
  }
  renderDetail();
}

/** Back from an item's view to its row in the list (the phone layout's way back). */
export function backToList() {
  const row = document.querySelector('#queue-list li.row.current') || $('queue-list');
  row.scrollIntoView({ block: 'center' });
}
