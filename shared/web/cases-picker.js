// The approve form's case picker: existing cases that match the item (same person in any script,
// outlet, article, court) or the words typed, each offered to fill the form's case fields, and a new case.
import { api } from './review-api.js';
import { el, toast } from './review-dom.js';
import { t } from './review-i18n.js';
import { ct } from './cases-i18n.js';

function describe(found) {
  const parts = [found.parties.join(', '), found.outlet, found.court, found.months.join(', ')].filter(Boolean);
  return parts.join(' · ');
}

/** `inputs` are the entry form's controls (caseKey, caseType, stage, …); `itemId` the item on view. */
export function casePicker(inputs, itemId) {
  const search = el('input', { type: 'search', id: 'case-search', autocomplete: 'off', placeholder: ct('pickerSearch') });
  const results = el('ol', { id: 'case-results', className: 'case-results' });
  const chosen = el('p', { className: 'case-chosen', role: 'status' });

  function use(found) {
    inputs.caseKey.value = found.key;
    inputs.caseType.value = found.kind;
    if (found.lawArticle && !inputs.lawArticle.value) {
      inputs.lawCode.value = found.lawArticle.code;
      inputs.lawArticle.value = found.lawArticle.article;
      if (found.lawArticle.part) inputs.lawPart.value = found.lawArticle.part;
    }
    chosen.textContent = ct('pickerChosen', { key: found.key });
  }

  function render(cases) {
    results.replaceChildren();
    if (!cases.length) results.append(el('li', { className: 'muted', text: ct('pickerNone') }));
    for (const found of cases) {
      const reasons = found.reasons.map((r) => ct('why_' + r)).join(', ');
      results.append(
        el('li', { className: 'case-result', 'data-key': found.key }, [
          el('strong', { text: found.key }),
          ' ',
          el('span', { className: 'muted', text: t('ct_' + found.kind) + ' · ' + t('sg_' + found.stage) }),
          el('div', { text: describe(found) }),
          reasons ? el('div', { className: 'muted', text: reasons }) : null,
          el('button', { type: 'button', className: 'use-case', text: ct('pickerUse'), onclick: () => use(found) }),
          ' ',
          el('a', { href: '#case=' + encodeURIComponent(found.key), text: ct('pickerOpen') }),
        ]),
      );
    }
  }

  async function find() {
    const query = new URLSearchParams({ item: itemId });
    if (search.value.trim()) query.set('q', search.value.trim());
    try {
      render((await api('GET', '/api/cases?' + query.toString())).cases);
    } catch (e) {
      toast(e.message, 'bad');
    }
  }

  search.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Enter') return;
    ev.preventDefault();
    find();
  });
  const newCase = el('button', {
    type: 'button',
    id: 'new-case',
    text: ct('pickerNew'),
    onclick: () => {
      inputs.caseKey.value = itemId;
      chosen.textContent = ct('pickerChosen', { key: itemId });
    },
  });
  find();
  return el('div', { className: 'case-picker' }, [
    el('h4', { text: ct('pickerTitle') }),
    el('div', { className: 'inline' }, [search, el('button', { type: 'button', id: 'case-find', text: ct('pickerFind'), onclick: find }), newCase]),
    results,
    chosen,
  ]);
}
