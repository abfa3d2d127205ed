// The forms of a decision: the report entry (approve, or edit an approved one) with its optional legal
// case, and the rejection with its reason. Choices come from the taxonomy the API served. A form
// refuses, with a message, what it could not store as typed; an item the rules did not flag starts
// blank and asks before it is approved.
import { incidentFields } from './cases-incident.js';
import { casePicker } from './cases-picker.js';
import { decide } from './review-actions.js';
import { el, field, options, toast } from './review-dom.js';
import { t } from './review-i18n.js';
import { state } from './review-state.js';

const ARTICLE = /^\d{1,4}(-\d{1,3})?$/;
const PART = /^\d{1,3}$/;
/**
 * What the form shows and writes (the incident facts and the context flag through cases-incident.js),
 * and `evidence`, which the server keeps and never takes from a form; an entry's other facts are sent
 * back as they are.
 */
const ENTRY_FIELDS = ['category', 'text', 'eventDate', 'outlet', 'region', 'people', 'legalCase', 'incident', 'context', 'evidence'];
const CASE_FIELDS = ['caseKey', 'type', 'stage', 'honourDignity', 'inCourt', 'judicialAct', 'outcome', 'lawArticle', 'amountClaimedKzt', 'amountAwardedKzt'];

function without(object, keys) {
  const rest = Object.assign({}, object || {});
  for (const key of keys) delete rest[key];
  return rest;
}

/** `entry`: the values to show; `mode`: approve | edit; `blank`: no category and text suggested (an item the rules did not flag). */
export function entryForm(entry, mode, blank) {
  const taxonomy = state.taxonomy;
  const e = entry || { text: {} };
  const lc = e.legalCase || {};
  const law = lc.lawArticle || {};
  const inputs = {
    category: options(taxonomy.categories.map((c) => c.id), '', blank ? '' : e.category, blank),
    eventDate: el('input', { type: 'date', value: e.eventDate || '' }),
    outlet: el('input', { type: 'text', value: e.outlet || '' }),
    region: el('input', { type: 'text', value: e.region || '' }),
    people: el('input', { type: 'text', value: (e.people || []).join(', ') }),
    hasCase: el('input', { type: 'checkbox', className: 'has-case', checked: !!e.legalCase }),
    caseKey: el('input', { type: 'text', value: lc.caseKey || '' }),
    caseType: options(taxonomy.caseTypes, 'ct_', lc.type || taxonomy.caseTypes[0]),
    stage: options(taxonomy.caseStages, 'sg_', lc.stage || taxonomy.caseStages[0]),
    honourDignity: el('input', { type: 'checkbox', checked: !!lc.honourDignity }),
    inCourt: el('input', { type: 'checkbox', checked: !!lc.inCourt }),
    judicialAct: el('input', { type: 'checkbox', checked: !!lc.judicialAct }),
    outcome: options(taxonomy.caseOutcomes, 'oc_', lc.outcome, true),
    lawCode: options(taxonomy.lawCodes, 'lc_', law.code, true),
    lawArticle: el('input', { type: 'text', value: law.article || '', size: 6 }),
    lawPart: el('input', { type: 'text', value: law.part || '', size: 4 }),
    claimed: el('input', { type: 'number', min: 0, step: 1, value: lc.amountClaimedKzt === undefined ? '' : String(lc.amountClaimedKzt) }),
    awarded: el('input', { type: 'number', min: 0, step: 1, value: lc.amountAwardedKzt === undefined ? '' : String(lc.amountAwardedKzt) }),
  };
  // One paragraph per working language; the first (Russian) gets the most room.
  const texts = taxonomy.languages.map((l, n) => [l, el('textarea', { rows: n === 0 ? 4 : 3, value: blank ? '' : (e.text && e.text[l]) || '' })]);
  const caseBox = el('fieldset', { className: 'case', hidden: !e.legalCase }, [
    casePicker(inputs, state.detail.item.id),
    field(t('caseKey'), inputs.caseKey), field(t('caseType'), inputs.caseType), field(t('stage'), inputs.stage),
    field(t('outcome'), inputs.outcome), field(t('lawCode'), inputs.lawCode), field(t('lawArticle'), inputs.lawArticle), field(t('lawPart'), inputs.lawPart),
    field(t('amountClaimed'), inputs.claimed), field(t('amountAwarded'), inputs.awarded),
    el('label', { className: 'check' }, [inputs.honourDignity, el('span', { text: t('honourDignity') })]),
    el('label', { className: 'check' }, [inputs.inCourt, el('span', { text: t('inCourt') })]),
    el('label', { className: 'check' }, [inputs.judicialAct, el('span', { text: t('judicialAct') })]),
  ]);
  inputs.hasCase.addEventListener('change', () => (caseBox.hidden = !inputs.hasCase.checked));
  const incident = incidentFields(e, inputs.category);
  const message = el('p', { className: 'error form-error', role: 'alert', hidden: true });
  const confirmBox = el('div', { className: 'confirm', hidden: true });
  const form = el('form', { className: 'entry', id: mode === 'approve' ? 'approve-form' : 'edit-form', novalidate: 'novalidate' }, [
    el('h3', { text: t(mode === 'approve' ? 'approveTitle' : 'editTitle') }),
    field(t('category'), inputs.category),
    ...texts.map(([l, input]) => field(t('entryText', { lang: taxonomy.languageNames[l] }), input)),
    el('div', { className: 'inline' }, [field(t('eventDate'), inputs.eventDate), field(t('outlet'), inputs.outlet), field(t('region'), inputs.region)]),
    field(t('people'), inputs.people),
    incident.node,
    el('label', { className: 'check' }, [inputs.hasCase, el('span', { text: t('legalCase') })]),
    caseBox,
    message,
    confirmBox,
    el('button', { type: 'submit', className: 'primary', text: t(mode === 'approve' ? 'approve' : 'save') }),
  ]);
  const refuse = (key, input) => {
    message.textContent = t(key);
    message.hidden = false;
    if (input) input.focus();
    toast(t(key), 'bad');
  };
  let confirmed = !blank || mode !== 'approve';
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    message.hidden = true;
    const text = {};
    for (const [l, input] of texts) if (input.value.trim()) text[l] = input.value.trim();
    if (!inputs.category.value) return refuse('needCategory', inputs.category);
    if (!Object.keys(text).length) return refuse('needText', texts[0][1]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(inputs.eventDate.value)) return refuse('needDate', inputs.eventDate);
    const result = Object.assign(blank ? {} : without(e, ENTRY_FIELDS), { category: inputs.category.value, text, eventDate: inputs.eventDate.value });
    if (inputs.outlet.value.trim()) result.outlet = inputs.outlet.value.trim();
    if (inputs.region.value.trim()) result.region = inputs.region.value.trim();
    const people = inputs.people.value.split(',').map((p) => p.trim()).filter(Boolean);
    if (people.length) result.people = people;
    if (inputs.hasCase.checked) {
      const legalCase = legalCaseOf(inputs, refuse, without(lc, CASE_FIELDS));
      if (!legalCase) return;
      result.legalCase = legalCase;
    }
    incident.apply(result);
    if (!confirmed) return askToConfirm(confirmBox, form, () => (confirmed = true));
    if (mode === 'approve') decide('approve', { entry: result }, 'approved');
    else decide('entry', { entry: result }, 'saved', 'PUT');
  });
  return form;
}

/** Approving what the rules did not flag is done on purpose: a second step, in the page (no browser dialog). */
function askToConfirm(box, form, confirm) {
  const yes = el('button', { type: 'button', className: 'primary confirm-yes', text: t('confirmApprove'), onclick: () => {
    confirm();
    box.hidden = true;
    form.requestSubmit();
  } });
  box.replaceChildren(el('p', { text: t('unflaggedConfirm') }), yes, el('button', { type: 'button', text: t('cancel'), onclick: () => (box.hidden = true) }));
  box.hidden = false;
  yes.focus();
}

/** The legal case as typed, or null after refusing what cannot be stored as typed (nothing is dropped silently). */
function legalCaseOf(inputs, refuse, kept) {
  const article = inputs.lawArticle.value.trim();
  const part = inputs.lawPart.value.trim();
  if ((article || part) && !inputs.lawCode.value) return refuse('needLawCode', inputs.lawCode), null;
  if (inputs.lawCode.value && !article) return refuse('needLawArticle', inputs.lawArticle), null;
  if ((article && !ARTICLE.test(article)) || (part && !PART.test(part))) return refuse('badArticle', inputs.lawArticle), null;
  const amounts = {};
  for (const [name, input] of [['amountClaimedKzt', inputs.claimed], ['amountAwardedKzt', inputs.awarded]]) {
    if (input.value === '' && !input.validity.badInput) continue;
    const n = Number(input.value);
    if (input.validity.badInput || !Number.isSafeInteger(n) || n < 0) return refuse('badAmount', input), null;
    amounts[name] = n;
  }
  const legalCase = Object.assign(kept, { caseKey: inputs.caseKey.value.trim() || state.detail.item.id, type: inputs.caseType.value, stage: inputs.stage.value });
  if (inputs.honourDignity.checked) legalCase.honourDignity = true;
  if (inputs.inCourt.checked) legalCase.inCourt = true;
  if (inputs.judicialAct.checked) legalCase.judicialAct = true;
  if (inputs.outcome.value) legalCase.outcome = inputs.outcome.value;
  if (inputs.lawCode.value) {
    legalCase.lawArticle = { code: inputs.lawCode.value, article };
    if (part) legalCase.lawArticle.part = part;
  }
  return Object.assign(legalCase, amounts);
}

export function rejectForm(draftReason) {
  const reason = el('input', { type: 'text', id: 'reject-reason', placeholder: t('reason'), autocomplete: 'off', value: draftReason || '' });
  const form = el('form', { className: 'reject', id: 'reject-form' }, [
    el('h3', { text: t('rejectTitle') }),
    field(t('reason'), reason),
    el('button', { type: 'submit', text: t('reject') }),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!reason.value.trim()) {
      reason.focus();
      return toast(t('needReason'), 'bad');
    }
    decide('reject', { reason: reason.value.trim() }, 'rejected');
  });
  return form;
}
