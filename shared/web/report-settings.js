// The deployment's editorial record (layout, introduction, closing methodology line, contacts,
// autoPublish) and the baseline of figures from before the system, edited by reviewers on the page.
import { api } from './review-api.js';
import { $, el, field, toast } from './review-dom.js';
import { state } from './review-state.js';
import { ct } from './cases-i18n.js';

function textsByLanguage(label, values) {
  const inputs = state.taxonomy.languages.map((l) => [l, el('textarea', { rows: 2, value: (values && values[l]) || '' })]);
  return { inputs, node: el('div', {}, inputs.map(([l, input]) => field(label + ' (' + l.toUpperCase() + ')', input))) };
}

function collect(inputs) {
  const out = {};
  for (const [l, input] of inputs) if (input.value.trim()) out[l] = input.value.trim();
  return Object.keys(out).length ? out : undefined;
}

function settingsForm(settings, canDecide) {
  const layout = el('select', { id: 'settings-layout' }, ['2021', 'current'].map((id) => el('option', { value: id, text: ct('layout_' + id) })));
  layout.value = settings.layout;
  const autoPublish = el('input', { type: 'checkbox', id: 'settings-auto-publish', checked: settings.autoPublish });
  const intro = textsByLanguage(ct('settingsIntro'), settings.introduction);
  const methodology = textsByLanguage(ct('settingsMethodology'), settings.methodology);
  const contacts = settings.contacts || { emails: [] };
  const head = el('input', { type: 'text', id: 'settings-head', value: contacts.head || '' });
  const emails = el('input', { type: 'text', id: 'settings-emails', value: contacts.emails.join(', ') });
  const form = el('form', { id: 'settings-form', className: 'import' }, [
    field(ct('settingsLayout'), layout),
    el('label', { className: 'check' }, [autoPublish, ct('settingsAutoPublish')]),
    intro.node,
    methodology.node,
    field(ct('settingsHead'), head),
    field(ct('settingsEmails'), emails),
    canDecide ? el('button', { type: 'submit', className: 'primary', text: ct('settingsSave') }) : null,
  ]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { layout: layout.value, autoPublish: autoPublish.checked };
    const introduction = collect(intro.inputs);
    const closing = collect(methodology.inputs);
    if (introduction) body.introduction = introduction;
    if (closing) body.methodology = closing;
    const list = emails.value.split(',').map((e) => e.trim()).filter(Boolean);
    if (head.value.trim() || list.length) body.contacts = Object.assign({ emails: list }, head.value.trim() ? { head: head.value.trim() } : {});
    try {
      await api('PUT', '/api/settings/report', body);
      toast(ct('settingsSaved'), 'ok');
    } catch (e) {
      toast(e.message, 'bad');
    }
  });
  return form;
}

function baselineForm(summary, canDecide) {
  const file = el('input', { type: 'file', id: 'baseline-file', accept: '.csv,text/csv' });
  const status = el('p', { id: 'baseline-status', className: 'muted', text: ct('baselineNow', { months: summary.months.length, cases: summary.cases }) });
  const problems = el('pre', { id: 'baseline-problems', className: 'draft-file', hidden: true });
  const form = el('form', { id: 'baseline-form', className: 'import' }, [
    el('h3', { text: ct('baselineTitle') }),
    status,
    canDecide ? field(ct('baselineFile'), file) : null,
    canDecide ? el('button', { type: 'submit', text: ct('baselineImport') }) : null,
    problems,
  ]);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!file.files || !file.files[0]) return;
    problems.hidden = true;
    try {
      const done = await api('PUT', '/api/baseline', { csv: await file.files[0].text() });
      status.textContent = ct('baselineDone', { months: done.months.length, cases: done.cases });
    } catch (e) {
      // Every problem of the file, with its row and column, as the import reported them.
      problems.textContent = (e.data && e.data.issues ? e.data.issues : [e.message]).join('\n');
      problems.hidden = false;
    }
  });
  return form;
}

/** Adds the settings and baseline panel; loads the stored record when opened. */
export function initReportSettings() {
  if ($('report-settings')) return;
  const canDecide = state.me && state.me.canDecide;
  const body = el('div', { id: 'report-settings-body' });
  const panel = el('details', { id: 'report-settings', className: 'tools' }, [el('summary', { text: ct('settingsTitle') }), body]);
  panel.addEventListener('toggle', async () => {
    if (!panel.open || body.childElementCount) return;
    try {
      const [{ settings }, baseline] = await Promise.all([api('GET', '/api/settings/report'), api('GET', '/api/baseline')]);
      body.replaceChildren(settingsForm(settings, canDecide), baselineForm(baseline, canDecide));
    } catch (e) {
      toast(e.message, 'bad');
    }
  });
  $('app').append(panel);
}
