// Working together on an item: notes any staff member leaves for the others, and the advisory "taken
// by" a reviewer holds while editing (a separate short-lived record on the server; it never changes
// the item, so it never causes a lost race).
import { api } from './review-api.js';
import { content, el, toast } from './review-dom.js';
import { errorText, formatDate, formatTime, t } from './review-i18n.js';
import { state } from './review-state.js';

const NOTE_MAX = 2000;

function itemPath(id, rest) {
  return '/api/items/' + encodeURIComponent(id) + rest;
}

/** Who else is working on the item on view, or that the reader holds it. */
export function takenBanner() {
  const d = state.detail;
  const held = state.held && state.held.id === d.item.id ? state.held : null;
  if (held) return el('p', { className: 'taken mine', text: t('takenByYou', { time: formatTime(held.until) }) });
  const other = d.takenBy && (!state.me || d.takenBy.actor !== state.me.id) ? d.takenBy : null;
  if (!other) return null;
  return el('p', { className: 'taken' }, [
    el('span', { text: t('takenBy') }), ' ', content('strong', other.actor), ' ', el('span', { text: t('takenUntil', { time: formatTime(other.until) }) }),
    state.me && state.me.canDecide ? el('button', { type: 'button', className: 'take-over', text: t('takeOver'), onclick: () => takeItem(true) }) : null,
  ]);
}

function refreshBanner() {
  const old = document.querySelector('#detail .taken');
  const next = takenBanner();
  if (old && next) old.replaceWith(next);
  else if (old) old.remove();
  else if (next) document.querySelector('#detail .detail-title')?.before(next);
}

/** Takes the item on view for the reader (a reviewer starting to edit); someone else's hold is taken over only with `force`. */
export async function takeItem(force) {
  const d = state.detail;
  if (!d || !state.me || !state.me.canDecide) return;
  const id = d.item.id;
  try {
    const taken = await api('PUT', itemPath(id, '/take'), force ? { force: true } : {});
    state.held = { id, until: taken.until };
    d.takenBy = { actor: taken.actor, until: taken.until };
  } catch (e) {
    if (e.status === 409 && e.data && e.data.takenBy) d.takenBy = e.data.takenBy;
    else if (e.status !== 404 && e.status !== 405 && e.status !== 401) toast(errorText(e), 'bad');
  }
  if (state.detail && state.detail.item.id === id) refreshBanner();
}

/** The first edit in one of the item's forms takes it, unless someone else holds it. */
export function takeOnEdit(container) {
  container.addEventListener('input', () => {
    const d = state.detail;
    if (!d || (state.held && state.held.id === d.item.id) || state.taking === d.item.id) return;
    if (d.takenBy && state.me && d.takenBy.actor !== state.me.id) return;
    state.taking = d.item.id;
    takeItem(false).finally(() => (state.taking = null));
  });
}

/** Leaving an item: give back a hold and forget a draft kept from a lost race. */
export function leaveItem() {
  const held = state.held;
  state.held = null;
  state.lostDraft = null;
  if (held) api('DELETE', itemPath(held.id, '/take')).catch(() => undefined);
}

export function notesSection() {
  const d = state.detail;
  const notes = d.notes || [];
  const text = el('textarea', { id: 'note-text', rows: 2, maxlength: NOTE_MAX, placeholder: t('noteText') });
  const form = el('form', { className: 'note-form' }, [text, el('button', { type: 'submit', text: t('addNote') })]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = text.value.trim();
    if (!value || value.length > NOTE_MAX) return toast(t('noteLength'), 'bad');
    const id = d.item.id;
    try {
      const note = await api('POST', itemPath(id, '/notes'), { text: value });
      if (state.detail && state.detail.item.id === id) {
        state.detail.notes = (state.detail.notes || []).concat([note]);
        document.querySelector('#detail .notes').replaceWith(notesSection());
      }
      toast(t('noteAdded'), 'good');
    } catch (e) {
      if (e.status !== 401) toast(errorText(e), 'bad');
    }
  });
  return el('section', { className: 'notes' }, [
    el('h3', { text: t('notes') }),
    notes.length
      ? el('ol', {}, notes.map((n) => el('li', {}, [content('strong', n.author), ' ', el('time', { text: formatDate(n.at) }), content('p', n.text)])))
      : el('p', { className: 'muted', text: t('noNotes') }),
    form,
  ]);
}
