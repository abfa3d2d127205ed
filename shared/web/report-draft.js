// The editor's month: build the report draft, read its checklist and files, and publish it (reviewers).
// The draft's files are read through the API with the bearer token and shown as text.
import { api } from './review-api.js';
import { $, el, toast } from './review-dom.js';
import { state } from './review-state.js';
import { ct } from './cases-i18n.js';

function checklistView(problems) {
  if (!problems.length) return el('p', { className: 'ok', text: ct('draftComplete') });
  return el(
    'ul',
    { className: 'checklist', id: 'draft-checklist' },
    problems.map((p) =>
      el('li', { 'data-kind': p.kind }, [
        el('strong', { text: ct('chk_' + p.kind.replace(/-/g, '_'), { lang: (p.languages || []).join(', ').toUpperCase() }) }),
        ': ' + p.ids.join(', '),
      ]),
    ),
  );
}

async function showFile(link, out) {
  const response = await fetch(link, { headers: { authorization: 'Bearer ' + state.token } });
  out.hidden = false;
  out.textContent = await response.text();
}

function draftView(view, canDecide, month) {
  const draft = view.draft;
  const out = el('pre', { className: 'draft-file', hidden: true });
  return el('div', { id: 'draft-view' }, [
    el('p', { text: ct('draftBuiltAt', { at: draft.builtAt, by: draft.builtBy, n: draft.entries }) }),
    checklistView(draft.checklist),
    el('h4', { text: ct('draftFiles') }),
    el(
      'ul',
      { className: 'draft-files' },
      draft.files.map((f) => el('li', {}, [f.name + ' ', el('button', { type: 'button', text: ct('draftView'), onclick: () => showFile(f.link, out) })])),
    ),
    out,
    (view.publishes || []).length
      ? el('p', { className: 'muted', text: ct('draftPublishes') + ': ' + view.publishes.map((p) => p.at + ' ' + p.actor).join('; ') })
      : null,
    canDecide ? el('button', { type: 'button', id: 'draft-publish', className: 'primary', text: ct('draftPublish'), onclick: () => publish(month) }) : null,
  ]);
}

async function publish(month) {
  try {
    await api('POST', '/api/reports/' + month + '/publish');
    toast(ct('draftPublished', { month }), 'ok');
    await load(month);
  } catch (e) {
    toast(e.status === 409 ? ct('draftStale') : e.message, 'bad');
  }
}

async function load(month, build) {
  const target = $('draft-result');
  try {
    const view = build ? await api('POST', '/api/reports/' + month + '/draft') : await api('GET', '/api/reports/' + month + '/draft');
    target.replaceChildren(draftView(view, state.me && state.me.canDecide, month));
  } catch (e) {
    target.replaceChildren(el('p', { className: 'muted', text: e.status === 404 ? ct('draftNone') : e.message }));
  }
}

/** Adds the draft panel below the tools; building and publishing only for reviewers. */
export function initReportDraft() {
  if ($('report-draft')) return;
  const month = el('input', { type: 'month', id: 'draft-month', required: 'required' });
  const run = (build) => () => (month.value ? load(month.value, build) : toast(ct('needMonth'), 'bad'));
  const canDecide = state.me && state.me.canDecide;
  $('app').append(
    el('details', { id: 'report-draft', className: 'tools' }, [
      el('summary', { text: ct('draftTitle') }),
      el('div', { className: 'filters' }, [
        el('label', {}, [el('span', { text: ct('draftMonth') }), month]),
        canDecide ? el('button', { type: 'button', id: 'draft-build', text: ct('draftBuild'), onclick: run(true) }) : null,
        el('button', { type: 'button', id: 'draft-load', text: ct('draftLoad'), onclick: run(false) }),
      ]),
      el('div', { id: 'draft-result' }),
    ]),
  );
}
