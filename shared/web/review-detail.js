// The item on view: highlighted text, why it was flagged, extracted facts, the forms and buttons the
// reader's role and the item's status allow, the event's other items and the audit trail.
import { decide, mergeSelected } from './review-actions.js';
import { $, categoryLabel, el, formatDate, safeLink, segments } from './review-dom.js';
import { entryForm, rejectForm } from './review-forms.js';
import { t } from './review-i18n.js';
import { state } from './review-state.js';

export function renderDetail() {
  const d = state.detail;
  const item = d.item;
  const facts = item.classification.facts || { amountsKzt: [], lawArticles: [], regions: [], outlets: [] };
  const canDecide = state.me && state.me.canDecide;
  const parts = [
    el('h2', { className: 'detail-title' }, segments(d.highlights.title)),
    el('div', { className: 'row-meta' }, [
      el('span', { className: 'badge st-' + item.status, text: t('st_' + item.status) }),
      el('span', { text: item.sourceId }),
      el('span', { text: t('published') + ' ' + formatDate(item.publishedAt) }),
      el('span', { text: t('version') + ' ' + item.version }),
      el('span', { text: t('score') + ' ' + item.classification.score.toFixed(2) }),
      safeLink(item.url, t('original')),
      item.mergedInto ? el('span', { text: t('mergedInto') + ' ' + item.mergedInto }) : null,
      item.addedBy ? el('span', { text: t('addedBy') + ' ' + item.addedBy }) : null,
    ]),
    el('p', { className: 'cats', text: item.classification.categories.map(categoryLabel).join(' · ') }),
    el('div', { className: 'detail-text' }, segments(d.highlights.text)),
  ];
  if (item.classification.explanation && item.classification.explanation.length) {
    parts.push(el('details', { className: 'why' }, [el('summary', { text: t('whyFlagged') }), el('ul', {}, item.classification.explanation.map((line) => el('li', { text: line })))]));
  }
  parts.push(
    el('dl', { className: 'facts' }, [
      el('dt', { text: t('amounts') }), el('dd', { text: facts.amountsKzt.map((a) => a.toLocaleString('ru-RU')).join(', ') || '—' }),
      el('dt', { text: t('articles') }), el('dd', { text: facts.lawArticles.map((a) => t('lc_' + a.code) + ' ' + a.article + (a.part ? '.' + a.part : '')).join(', ') || '—' }),
      el('dt', { text: t('regions') }), el('dd', { text: facts.regions.join(', ') || '—' }),
      el('dt', { text: t('outlets') }), el('dd', { text: facts.outlets.join(', ') || '—' }),
    ]),
  );
  if (!canDecide) parts.push(el('p', { className: 'muted', text: t('readOnly') }));
  else if (item.status === 'pending') {
    parts.push(entryForm(d.suggestedEntry, 'approve'));
    parts.push(rejectForm());
    parts.push(el('div', { className: 'merge' }, [el('p', { className: 'muted', text: t('mergeHint') }), el('button', { type: 'button', id: 'merge-button', text: t('merge'), onclick: mergeSelected })]));
  } else if (item.status === 'approved') {
    parts.push(entryForm(item.entry || d.suggestedEntry, 'edit'));
    parts.push(el('button', { type: 'button', id: 'reopen-button', text: t('reopen'), onclick: () => decide('reopen', {}, 'reopened') }));
  } else if (item.status === 'ignored') {
    parts.push(el('button', { type: 'button', id: 'enqueue-button', text: t('enqueue'), onclick: () => decide('enqueue', {}, 'enqueued') }));
  } else {
    parts.push(el('button', { type: 'button', id: 'reopen-button', text: t('reopen'), onclick: () => decide('reopen', {}, 'reopened') }));
  }
  if (d.related.length) parts.push(el('section', { className: 'related' }, [el('h3', { text: t('related') }), el('ul', {}, d.related.map((r) => el('li', {}, [el('span', { className: 'badge st-' + r.status, text: t('st_' + r.status) }), ' ', r.title, ' — ', r.sourceId])))]));
  parts.push(
    el('section', { className: 'audit' }, [
      el('h3', { text: t('audit') }),
      d.audit.length
        ? el('ol', {}, d.audit.map((a) => el('li', {}, [
            el('time', { text: formatDate(a.at) }), ' ', el('strong', { text: a.actor }), ' ', a.action,
            a.fromStatus && a.toStatus && a.fromStatus !== a.toStatus ? ' (' + t('st_' + a.fromStatus) + ' → ' + t('st_' + a.toStatus) + ')' : '',
            a.changes && Object.keys(a.changes).length ? ' · ' + Object.keys(a.changes).join(', ') : '',
            a.note ? ' · ' + a.note : '',
          ])))
        : el('p', { className: 'muted', text: t('noAudit') }),
    ]),
  );
  $('detail').replaceChildren(...parts);
}
