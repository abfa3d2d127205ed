// The item on view: highlighted text, why it was flagged (in words, in the interface language),
// extracted facts, who else works on it, the rejection's reason or the event it was merged into, the
// forms and buttons the reader's role and the item's status allow, notes and the audit trail.
import { decide, mergeSelected } from './review-actions.js';
import { $, categoryLabel, content, el, safeLink, segments } from './review-dom.js';
import { entryForm, rejectForm } from './review-forms.js';
import { formatDate, formatDay, has, t } from './review-i18n.js';
import { notesSection, takenBanner, takeOnEdit } from './review-notes.js';
import { backToList, openItem, outletName } from './review-queue.js';
import { state } from './review-state.js';

/** Each rule that fired, once: the words it matched in this item and the category they point to. */
function explanation(item) {
  const fields = { title: item.title, text: item.text ?? item.summary };
  const seen = new Map();
  for (const m of item.classification.matches || []) {
    const words = (fields[m.field] || '').slice(m.start, m.end).replace(/\s+/g, ' ').trim();
    if (!words) continue;
    const key = m.ruleId || m.term;
    const line = seen.get(key) || { category: m.category, words: [] };
    if (!line.words.includes(words)) line.words.push(words);
    seen.set(key, line);
  }
  // The ru, kk and en variants of a rule can fire on the same words: one line each.
  const lines = new Map();
  for (const line of seen.values()) lines.set(line.category + '|' + [...line.words].sort().join('|'), line);
  return [...lines.values()];
}

function lawRef(a) {
  return t(a.part ? 'lawRefPart' : 'lawRef', { code: t('lc_' + a.code), article: a.article, part: a.part });
}

function auditLine(a) {
  return el('li', {}, [
    el('time', { text: formatDate(a.at) }), ' ', content('strong', a.actor), ' ',
    el('span', { className: 'verb', text: t(has('au_' + a.action) ? 'au_' + a.action : 'au_other') }),
    a.fromStatus && a.toStatus && a.fromStatus !== a.toStatus ? el('span', { text: ' (' + t('statusChange', { from: t('st_' + a.fromStatus), to: t('st_' + a.toStatus) }) + ')' }) : null,
    a.note ? content('span', a.note, { className: 'audit-note' }) : null,
  ]);
}

/** Why it left the queue: the rejection's reason and who gave it, or the item it was merged into (a link to it). */
function outcome(d) {
  const item = d.item;
  if (item.status === 'rejected') {
    const r = d.rejection || { reason: item.rejectionReason || null };
    return el('p', { className: 'rejection' }, [
      el('strong', { text: t('rejection') }), ' ',
      r.reason ? content('span', r.reason, { className: 'reason' }) : el('span', { text: t('noReason') }),
      r.by ? el('span', { className: 'muted' }, [' · ', content('span', r.by), ' · ', el('time', { text: formatDate(r.at) })]) : null,
    ]);
  }
  if (!item.mergedInto) return null;
  const rep = d.representative || (d.related || []).find((r) => r.id === item.mergedInto);
  return el('p', { className: 'merged-into' }, [
    el('strong', { text: t('mergedInto') }), ' ',
    rep ? el('a', { href: '#', 'data-content': '', className: 'representative', text: rep.title, onclick: (ev) => {
      ev.preventDefault();
      openItem(rep.id);
    } }) : null,
  ]);
}

/** After a lost race: what the reviewer had typed, beside the current state, so it can be reused. */
function lostDraft(item) {
  const draft = state.lostDraft && state.lostDraft.id === item.id ? state.lostDraft : null;
  if (!draft) return null;
  const texts = draft.entry ? Object.values(draft.entry.text || {}) : [draft.reason];
  return el('section', { className: 'lost-draft' }, [el('p', { text: t('draftKept') }), el('h3', { text: t('yourDraft') }), ...texts.map((x) => content('p', x))]);
}

function decisions(d) {
  const item = d.item;
  const draft = state.lostDraft && state.lostDraft.id === item.id ? state.lostDraft : null;
  if (!(state.me && state.me.canDecide)) return [el('p', { className: 'muted', text: t('readOnly') })];
  if (item.status === 'pending') {
    const blank = !item.classification.flagged && !(draft && draft.entry);
    return [
      entryForm((draft && draft.entry) || d.suggestedEntry, 'approve', blank),
      rejectForm(draft && draft.reason),
      el('div', { className: 'merge' }, [el('p', { className: 'muted', text: t('mergeHint') }), el('button', { type: 'button', id: 'merge-button', text: t('merge'), onclick: mergeSelected })]),
    ];
  }
  const reopen = el('button', { type: 'button', id: 'reopen-button', text: t('reopen'), onclick: () => decide('reopen', {}, 'reopened') });
  if (item.status === 'approved') return [entryForm((draft && draft.entry) || item.entry || d.suggestedEntry, 'edit'), reopen];
  if (item.status === 'ignored') return [el('button', { type: 'button', id: 'enqueue-button', text: t('enqueue'), onclick: () => decide('enqueue', {}, 'enqueued') })];
  return [reopen];
}

export function renderDetail() {
  const d = state.detail;
  const item = d.item;
  const facts = item.classification.facts || { amountsKzt: [], lawArticles: [], regions: [], outlets: [] };
  const summary = state.items.find((i) => i.id === item.id) || {};
  const outlet = outletName(summary);
  const why = explanation(item);
  const parts = [
    el('button', { type: 'button', className: 'back-to-list', text: t('backToList'), onclick: backToList }),
    takenBanner(),
    segments(d.highlights.title, 'h2', { className: 'detail-title' }),
    el('div', { className: 'row-meta' }, [
      el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }),
      outlet ? content('span', outlet) : null,
      summary.eventDate ? el('span', { text: t('eventOn', { date: formatDay(summary.eventDate) }) }) : null,
      el('span', { text: t('publishedOn', { date: formatDate(item.publishedAt) }) }),
      el('span', { text: t('versionN', { n: item.version }) }),
      el('span', { text: t('scoreValue', { n: item.classification.score.toFixed(2) }) }),
      safeLink(item.url, t('original')),
      item.addedBy ? el('span', {}, [el('span', { text: t('addedBy') }), ' ', content('span', item.addedBy)]) : null,
    ]),
    outcome(d),
    item.classification.categories.length ? el('p', { className: 'cats', text: item.classification.categories.map(categoryLabel).join(' · ') }) : null,
    segments(d.highlights.text, 'div', { className: 'detail-text' }),
    why.length
      ? el('details', { className: 'why', open: 'open' }, [el('summary', { text: t('whyFlagged') }), el('ul', {}, why.map((line) => el('li', {}, [
          content('span', line.words.map((w) => '«' + w + '»').join(' … ')), ' → ', el('span', { text: categoryLabel(line.category) }),
        ])))])
      : null,
    item.classification.flagged ? null : el('p', { className: 'muted not-flagged', text: t('notFlagged') }),
    el('dl', { className: 'facts' }, [
      el('dt', { text: t('amounts') }), el('dd', { text: facts.amountsKzt.map((a) => a.toLocaleString('ru-RU')).join(', ') || '—' }),
      el('dt', { text: t('articles') }), el('dd', { text: facts.lawArticles.map(lawRef).join('; ') || '—' }),
      el('dt', { text: t('regions') }), content('dd', facts.regions.join(', ') || '—'),
      el('dt', { text: t('outlets') }), content('dd', facts.outlets.join(', ') || '—'),
    ]),
    lostDraft(item),
    ...decisions(d),
  ];
  if (d.related.length) {
    parts.push(el('section', { className: 'related' }, [el('h3', { text: t('related') }), el('ul', {}, d.related.map((r) => el('li', {}, [
      el('span', { className: 'badge st-' + r.status, text: t('st_' + r.status) }), ' ',
      el('a', { href: '#', 'data-content': '', text: r.title, onclick: (ev) => (ev.preventDefault(), openItem(r.id)) }),
    ])))]));
  }
  parts.push(notesSection());
  parts.push(el('section', { className: 'audit' }, [el('h3', { text: t('audit') }), d.audit.length ? el('ol', {}, d.audit.map(auditLine)) : el('p', { className: 'muted', text: t('noAudit') })]));
  const detail = $('detail');
  detail.replaceChildren(...parts.filter(Boolean));
  for (const form of detail.querySelectorAll('form.entry, form.reject')) takeOnEdit(form);
}
