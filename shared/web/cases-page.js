// The case page (`#case=<key>`): a case's facts and its timeline across months, each step linking to
// the item it came from. Shown in the detail pane; the queue stays where it was.
import { api } from './review-api.js';
import { $, el, safeLink } from './review-dom.js';
import { t } from './review-i18n.js';
import { ct } from './cases-i18n.js';

function fact(label, value) {
  if (value === undefined || value === null || value === '') return null;
  return el('div', { className: 'fact' }, [el('dt', { text: label }), el('dd', { text: String(value) })]);
}

function tenge(value) {
  return value === undefined ? undefined : Number(value).toLocaleString('ru-RU');
}

export async function showCase(key) {
  const pane = $('detail');
  let found;
  try {
    found = await api('GET', '/api/cases/' + encodeURIComponent(key));
  } catch (e) {
    pane.replaceChildren(el('p', { className: 'error', text: e.status === 404 ? ct('caseNotFound') : e.message }));
    return;
  }
  const c = found.case;
  const article = c.lawArticle ? c.lawArticle.article + (c.lawArticle.part ? '.' + c.lawArticle.part : '') + ' (' + t('lc_' + c.lawArticle.code) + ')' : undefined;
  const months = found.months.map((m) =>
    el('section', { className: 'case-month', 'data-month': m.month }, [
      el('h4', { text: m.month }),
      el(
        'ol',
        { className: 'case-steps' },
        m.entries.map((step) =>
          el('li', { 'data-item': step.itemId }, [
            el('span', { text: step.date + ' · ' + t('sg_' + step.stage) + (step.judicialAct ? ' · ' + ct('caseJudicialAct') : '') + (step.outcome ? ' · ' + t('oc_' + step.outcome) : '') }),
            ' ',
            safeLink(step.url, step.title || step.url),
          ]),
        ),
      ),
    ]),
  );
  pane.replaceChildren(
    el('article', { className: 'case-page', id: 'case-page' }, [
      el('a', { href: '#', text: ct('caseBack') }),
      el('h2', { text: ct('caseTitle', { key: c.key }) }),
      el('dl', { className: 'facts' }, [
        fact(ct('caseKind'), t('ct_' + c.kind)),
        fact(ct('caseParties'), c.parties.join(', ')),
        fact(ct('caseOutlet'), c.outlet),
        fact(ct('caseCourt'), c.court),
        fact(ct('caseArticle'), article),
        fact(ct('caseFiled'), c.filedMonth),
        fact(ct('caseStage'), t('sg_' + c.stage)),
        fact(ct('caseOutcome'), c.outcome ? t('oc_' + c.outcome) : undefined),
        fact(ct('caseClaimed'), tenge(c.amountClaimedKzt)),
        fact(ct('caseAwarded'), tenge(c.amountAwardedKzt)),
      ]),
      el('h3', { text: ct('caseTimeline') }),
      ...months,
    ]),
  );
}

/** Shows the case named in the address (`#case=<key>`) now and whenever the address changes. */
export function initCaseRoute() {
  const route = () => {
    const hash = location.hash;
    if (hash.startsWith('#case=')) showCase(decodeURIComponent(hash.slice('#case='.length)));
  };
  window.addEventListener('hashchange', route);
  route();
}
