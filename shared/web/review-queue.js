// The queue: its filters, the page of items with suggested events grouped, selection and moving
// through it; choosing an item loads its view.
import { api } from './review-api.js';
import { renderDetail } from './review-detail.js';
import { $, categoryLabel, el, fillSelect, formatDate, segments, toast } from './review-dom.js';
import { t } from './review-i18n.js';
import { state } from './review-state.js';

/** The queue filter lists unflagged items last: they are looked for with the search, not reviewed. */
function statusChoices(statuses) {
  return statuses.filter((s) => s !== 'ignored').concat(statuses.filter((s) => s === 'ignored'));
}

/** The filter form's choices in the interface language, from the taxonomy the API served. */
export function renderFilters() {
  const taxonomy = state.taxonomy;
  if (!taxonomy) return;
  fillSelect($('f-status'), statusChoices(taxonomy.statuses).map((s) => [s, t('st_' + s)]), $('f-status').value || 'pending');
  fillSelect($('f-lang'), [['', t('any')]].concat(taxonomy.languages.map((l) => [l, taxonomy.languageNames[l]])), $('f-lang').value);
  fillSelect($('f-sort'), taxonomy.queueSorts.map((s) => [s, t('sort_' + s)]), $('f-sort').value || taxonomy.queueSorts[0]);
  fillSelect($('f-category'), [['', t('anyCategory')]].concat(taxonomy.categories.map((c) => [c.id, categoryLabel(c.id)])), $('f-category').value);
}

export function filterParams() {
  const params = new URLSearchParams();
  const fields = { status: 'f-status', category: 'f-category', source: 'f-source', lang: 'f-lang', from: 'f-from', to: 'f-to', q: 'f-q', sort: 'f-sort' };
  for (const [name, id] of Object.entries(fields)) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

export async function loadQueue(more) {
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

export function renderQueue() {
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

export function toggleSelected(id, on) {
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

/** Shows the item at `index` of the queue's order (none when out of range). */
export async function select(index) {
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
