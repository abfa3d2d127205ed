// The list of sources: one card each with what it is, whether it is polled, and its health (last
// success, last error and its kind, items and flagged items in 7 days, silence), and for reviewers the
// buttons that act on it. Everything from the API goes through textContent (review-dom.js).
import { $, el, formatDate, safeLink } from './review-dom.js';
import { state } from './review-state.js';
import { duration, st } from './sources-i18n.js';

/** What the page loaded: GET /api/sources's sources and the form's choices, and the list's filter. */
export const view = { sources: [], choices: null, filter: '', onlyUnhealthy: false };

function badge(text, kind) {
  return el('span', { className: 'badge ' + (kind || ''), text });
}

function matches(source) {
  if (view.onlyUnhealthy && source.health.unhealthy.length === 0 && !source.catalogDiffers) return false;
  const needle = view.filter.trim().toLowerCase();
  if (!needle) return true;
  return [source.id, source.name, source.url, source.kind, source.group, source.language].some((value) => String(value).toLowerCase().includes(needle));
}

function healthList(source) {
  const h = source.health;
  const rows = [
    [st('lastSuccess'), h.lastSuccessAt ? formatDate(h.lastSuccessAt) : st('never')],
    [st('lastError'), h.lastError ? (h.lastErrorKind ? h.lastErrorKind + ': ' : '') + h.lastError.replace(/^[a-z-]+: /, '') : st('none')],
    [st('items7'), h.itemsLast7Days + ' · ' + st('flagged7') + ' ' + h.flaggedLast7Days],
    [st('silentFor'), h.silentHours === undefined ? '—' : duration(h.silentHours)],
    [st('poll'), st('every', { n: source.pollMinutes })],
  ];
  if (h.unhealthy.length) rows.push([st('needsLook'), h.unhealthy.join('; ')]);
  return el('dl', { className: 'health' }, rows.flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: value })]));
}

function card(source, actions) {
  const canDecide = state.me && state.me.canDecide;
  const classes = ['source', source.enabled ? '' : 'paused', source.health.unhealthy.length ? 'unhealthy' : ''].join(' ');
  const badges = [
    badge(st('k_' + source.kind)),
    badge(source.language),
    badge(st('g_' + source.group)),
    source.enabled ? badge(st('polled'), 'good') : badge(st('paused'), 'paused'),
    source.catalogDiffers ? badge(st('catalogDiffers'), 'differs') : null,
    source.editedByStaff ? badge(st('editedByStaff')) : null,
    source.origin === 'staff' ? badge(st('staffAdded')) : null,
    badge(source.verified ? st('verified') : st('unverified'), source.verified ? 'good' : ''),
    source.health.unhealthy.length ? badge(st('needsLook'), 'bad') : null,
  ];
  const buttons = canDecide
    ? [
        el('button', { type: 'button', text: st('edit'), 'data-action': 'edit', onclick: () => actions.edit(source) }),
        el('button', { type: 'button', text: st('testNow'), 'data-action': 'test', onclick: () => actions.edit(source, true) }),
        source.enabled
          ? el('button', { type: 'button', text: st('pause'), 'data-action': 'pause', onclick: () => actions.setEnabled(source, false) })
          : el('button', { type: 'button', text: st('resume'), 'data-action': 'resume', onclick: () => actions.setEnabled(source, true) }),
        source.catalogDiffers ? el('button', { type: 'button', text: st('applyCatalog'), 'data-action': 'apply-catalog', onclick: () => actions.applyCatalog(source) }) : null,
      ]
    : [];
  return el('li', { className: classes, 'data-source-id': source.id }, [
    el('div', {}, [
      el('div', { className: 'source-name', text: source.name }),
      el('div', { className: 'source-id', text: source.id }),
      el('div', { className: 'source-url' }, [safeLink(source.url, source.url)]),
      el('div', { className: 'badges' }, badges),
      source.note ? el('div', { className: 'source-id', text: source.note }) : null,
    ]),
    healthList(source),
    el('div', { className: 'source-actions' }, buttons),
  ]);
}

export function renderSources(actions) {
  const shown = view.sources.filter(matches);
  const enabled = view.sources.filter((s) => s.enabled).length;
  $('sources-count').textContent = st('sourcesCount', { n: view.sources.length, enabled });
  $('sources-list').replaceChildren(...shown.map((source) => card(source, actions)));
}

/** Puts a changed source (from an API answer) in place, or adds it. */
export function replaceSource(source) {
  const index = view.sources.findIndex((s) => s.id === source.id);
  if (index >= 0) view.sources[index] = source;
  else view.sources.push(source);
  view.sources.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
