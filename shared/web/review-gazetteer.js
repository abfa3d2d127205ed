// Outlet and region names in ru/kk/en (the gazetteer the report prints from): a reviewer adds a
// missing name or fixes one from the page. Loaded when the tools panel is first opened.
import { api } from './review-api.js';
import { $, el, fillSelect, toast } from './review-dom.js';
import { errorText, t } from './review-i18n.js';
import { state } from './review-state.js';

const KINDS = ['outlets', 'regions'];
/** The entry list's choice for a new outlet or region (an id is never empty). */
const NEW = '';
const NAME_FIELDS = { ru: 'g-ru', kk: 'g-kk', en: 'g-en' };

function entries() {
  return (state.gazetteer && state.gazetteer[$('g-kind').value]) || [];
}

/** An entry's name for the list: in the interface language, else another, marked as missing. */
function entryLabel(entry) {
  const names = entry.names || {};
  const own = names[state.lang];
  const other = names.ru || names.kk || names.en || entry.id;
  return own || other + ' (' + t('gazMissing') + ')';
}

export function renderGazetteer() {
  const form = $('gazetteer-form');
  form.hidden = !(state.me && state.me.canDecide) || !state.gazetteer;
  if (form.hidden) return;
  fillSelect($('g-kind'), KINDS.map((k) => [k, t('gaz_' + k)]), $('g-kind').value || KINDS[0]);
  const list = entries();
  const current = list.some((e) => e.id === $('g-entry').value) ? $('g-entry').value : list[0] ? list[0].id : NEW;
  fillSelect($('g-entry'), [[NEW, t('gazNew')]].concat(list.map((e) => [e.id, entryLabel(e)])), current);
  showNames();
}

function showNames() {
  $('g-id-field').hidden = $('g-entry').value !== NEW;
  const entry = entries().find((e) => e.id === $('g-entry').value);
  for (const [lang, id] of Object.entries(NAME_FIELDS)) $(id).value = (entry && entry.names && entry.names[lang]) || '';
}

export async function loadGazetteer() {
  if (state.gazetteer || !(state.me && state.me.canDecide)) return;
  try {
    state.gazetteer = await api('GET', '/api/gazetteer');
    $('g-status').textContent = '';
  } catch (e) {
    $('g-status').textContent = t('gazUnavailable');
    return;
  }
  renderGazetteer();
}

async function saveNames(ev) {
  ev.preventDefault();
  const kind = $('g-kind').value;
  const id = $('g-entry').value || $('g-id').value.trim().toLowerCase();
  const names = {};
  for (const [lang, field] of Object.entries(NAME_FIELDS)) if ($(field).value.trim()) names[lang] = $(field).value.trim();
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return toast(t('gazNeedId'), 'bad');
  if (!Object.keys(names).length) return toast(t('gazNeedName'), 'bad');
  try {
    const saved = await api('PUT', '/api/gazetteer/' + kind + '/' + encodeURIComponent(id), { names });
    const list = state.gazetteer[kind];
    const entry = list.find((e) => e.id === id);
    if (entry) entry.names = saved.names || Object.assign({}, entry.names, names);
    else list.push({ id, names: saved.names || names });
    $('g-entry').value = '';
    $('g-id').value = '';
    renderGazetteer();
    $('g-entry').value = id;
    showNames();
    toast(t('gazSaved'), 'good');
  } catch (e) {
    if (e.status !== 401) toast(errorText(e), 'bad');
  }
}

export function wireGazetteer() {
  $('g-kind').addEventListener('change', () => {
    $('g-entry').value = '';
    renderGazetteer();
  });
  $('g-entry').addEventListener('change', showNames);
  $('gazetteer-form').addEventListener('submit', saveNames);
  $('tools').addEventListener('toggle', () => {
    if ($('tools').open) loadGazetteer();
  });
}
