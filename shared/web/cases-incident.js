// The entry form's incident facts (who did it, to whom, gender, city, source links, subcategory) and
// its context flag. The choices and their labels come from GET /api/taxonomy; the subcategories offered
// are those refining the category chosen, as the API accepts nothing else.
import { el, field } from './review-dom.js';
import { state } from './review-state.js';
import { ct } from './cases-i18n.js';

function choice(list, value) {
  const select = el('select', {}, [el('option', { value: '', text: '—' }), ...list.map((c) => el('option', { value: c.id, text: c.label[state.lang] || c.label.ru }))]);
  select.value = value || '';
  return select;
}

/** `category` is the form's category select; `entry` the entry being edited (or the suggestion). */
export function incidentFields(entry, category) {
  const taxonomy = state.taxonomy;
  const incident = (entry && entry.incident) || {};
  const inputs = {
    perpetrator: choice(taxonomy.perpetratorKinds || [], incident.perpetrator),
    targetKind: choice(taxonomy.targetKinds || [], incident.targetKind),
    targetGender: choice(taxonomy.targetGenders || [], incident.targetGender),
    city: el('input', { type: 'text', value: incident.city || '' }),
    sourceLinks: el('textarea', { rows: 2, value: (incident.sourceLinks || []).join('\n') }),
    subcategory: el('select'),
    context: el('input', { type: 'checkbox', checked: !!(entry && entry.context) }),
  };
  inputs.subcategory.className = 'incident-subcategory';
  const fillSubcategories = (selected) => {
    const offered = (taxonomy.subcategories || []).filter((s) => s.parent === category.value);
    inputs.subcategory.replaceChildren(el('option', { value: '', text: '—' }), ...offered.map((s) => el('option', { value: s.id, text: s.label[state.lang] || s.label.ru })));
    inputs.subcategory.value = offered.some((s) => s.id === selected) ? selected : '';
    inputs.subcategory.disabled = offered.length === 0;
  };
  fillSubcategories(incident.subcategory);
  category.addEventListener('change', () => fillSubcategories(inputs.subcategory.value));
  const node = el('fieldset', { className: 'incident' }, [
    el('legend', { text: ct('incidentTitle') }),
    field(ct('incidentSubcategory'), inputs.subcategory),
    field(ct('incidentPerpetrator'), inputs.perpetrator),
    field(ct('incidentTarget'), inputs.targetKind),
    field(ct('incidentGender'), inputs.targetGender),
    field(ct('incidentCity'), inputs.city),
    field(ct('incidentLinks'), inputs.sourceLinks),
    el('label', { className: 'check' }, [inputs.context, ct('incidentContext')]),
  ]);
  /** Adds `incident` and `context` to the entry the form submits (nothing when left empty). */
  function apply(result) {
    const facts = {};
    for (const key of ['perpetrator', 'targetKind', 'targetGender', 'subcategory']) if (inputs[key].value) facts[key] = inputs[key].value;
    if (inputs.city.value.trim()) facts.city = inputs.city.value.trim();
    const links = inputs.sourceLinks.value.split('\n').map((l) => l.trim()).filter(Boolean);
    if (links.length) facts.sourceLinks = links;
    if (Object.keys(facts).length) result.incident = facts;
    if (inputs.context.checked) result.context = true;
    return result;
  }
  return { node, apply };
}
