// The forms of a decision: the report entry (approve, or edit an approved one) with its optional legal
// case, and the rejection with its reason. Choices come from the taxonomy the API served.
import { incidentFields } from './cases-incident.js';
import { casePicker } from './cases-picker.js';
import { decide } from './review-actions.js';
import { el, field, options, toast } from './review-dom.js';
import { t } from './review-i18n.js';
import { state } from './review-state.js';

export function entryForm(entry, mode) {
  const taxonomy = state.taxonomy;
  const e = entry || { text: {} };
  const lc = e.legalCase || {};
  const law = lc.lawArticle || {};
  const inputs = {
    category: options(taxonomy.categories.map((c) => c.id), '', e.category),
    eventDate: el('input', { type: 'date', value: e.eventDate || '', required: 'required' }),
    outlet: el('input', { type: 'text', value: e.outlet || '' }),
    region: el('input', { type: 'text', value: e.region || '' }),
    people: el('input', { type: 'text', value: (e.people || []).join(', ') }),
    hasCase: el('input', { type: 'checkbox', checked: !!e.legalCase }),
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
  const texts = taxonomy.languages.map((l, n) => [l, el('textarea', { rows: n === 0 ? 4 : 3, value: (e.text && e.text[l]) || '' })]);
  const caseBox = el('fieldset', { className: 'case', hidden: !e.legalCase }, [
    casePicker(inputs, state.detail.item.id),
    field(t('caseKey'), inputs.caseKey), field(t('caseType'), inputs.caseType), field(t('stage'), inputs.stage),
    field(t('outcome'), inputs.outcome), field(t('lawCode'), inputs.lawCode), field(t('lawArticle'), inputs.lawArticle), field(t('lawPart'), inputs.lawPart),
    field(t('amountClaimed'), inputs.claimed), field(t('amountAwarded'), inputs.awarded),
    el('label', { className: 'check' }, [inputs.honourDignity, t('honourDignity')]),
    el('label', { className: 'check' }, [inputs.inCourt, t('inCourt')]),
    el('label', { className: 'check' }, [inputs.judicialAct, t('judicialAct')]),
  ]);
  inputs.hasCase.addEventListener('change', () => (caseBox.hidden = !inputs.hasCase.checked));
  const incident = incidentFields(e, inputs.category);
  const form = el('form', { className: 'entry', id: mode === 'approve' ? 'approve-form' : 'edit-form' }, [
    el('h3', { text: t(mode === 'approve' ? 'approveTitle' : 'editTitle') }),
    field(t('category'), inputs.category),
    ...texts.map(([l, input]) => field(t('entryText') + ' (' + l.toUpperCase() + ')', input)),
    el('div', { className: 'inline' }, [field(t('eventDate'), inputs.eventDate), field(t('outlet'), inputs.outlet), field(t('region'), inputs.region)]),
    field(t('people'), inputs.people),
    incident.node,
    el('label', { className: 'check' }, [inputs.hasCase, t('legalCase')]),
    caseBox,
    el('button', { type: 'submit', className: 'primary', text: t(mode === 'approve' ? 'approve' : 'save') }),
  ]);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const text = {};
    for (const [l, input] of texts) if (input.value.trim()) text[l] = input.value.trim();
    if (!Object.keys(text).length) return toast(t('needText'), 'bad');
    const result = { category: inputs.category.value, text, eventDate: inputs.eventDate.value };
    if (inputs.outlet.value.trim()) result.outlet = inputs.outlet.value.trim();
    if (inputs.region.value.trim()) result.region = inputs.region.value.trim();
    const people = inputs.people.value.split(',').map((p) => p.trim()).filter(Boolean);
    if (people.length) result.people = people;
    if (inputs.hasCase.checked) result.legalCase = legalCaseOf(inputs);
    incident.apply(result);
    if (mode === 'approve') decide('approve', { entry: result }, 'approved');
    else decide('entry', { entry: result }, 'saved', 'PUT');
  });
  return form;
}

function legalCaseOf(inputs) {
  const legalCase = { caseKey: inputs.caseKey.value.trim() || state.detail.item.id, type: inputs.caseType.value, stage: inputs.stage.value };
  if (inputs.honourDignity.checked) legalCase.honourDignity = true;
  if (inputs.inCourt.checked) legalCase.inCourt = true;
  if (inputs.judicialAct.checked) legalCase.judicialAct = true;
  if (inputs.outcome.value) legalCase.outcome = inputs.outcome.value;
  if (inputs.lawCode.value && inputs.lawArticle.value.trim()) {
    legalCase.lawArticle = { code: inputs.lawCode.value, article: inputs.lawArticle.value.trim() };
    if (inputs.lawPart.value.trim()) legalCase.lawArticle.part = inputs.lawPart.value.trim();
  }
  if (inputs.claimed.value !== '') legalCase.amountClaimedKzt = Number(inputs.claimed.value);
  if (inputs.awarded.value !== '') legalCase.amountAwardedKzt = Number(inputs.awarded.value);
  return legalCase;
}

export function rejectForm() {
  const reason = el('input', { type: 'text', id: 'reject-reason', placeholder: t('reason'), autocomplete: 'off' });
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
