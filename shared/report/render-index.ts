// reports/index.html: every published month, newest first, with links to each language and the data.
// Built from the bucket's key list, so it shows exactly what is there.
import { LANGUAGES, type Language } from '../domain/taxonomy';
import { escapeHtml } from './render-html';
import { LANGUAGE_SELF_NAMES, monthLabel, ORGANISATION_NAMES, TEXTS } from './report-texts';

const REPORT_KEY = /^reports\/(\d{4})\/(\d{2})\/(report\.(ru|kk|en)\.(html|md)|data\.json)$/;

export interface PublishedMonth {
  month: string;
  html: Language[];
  markdown: Language[];
  data: boolean;
}

/** The months found among `keys` (anything else under reports/ is ignored), newest first. */
export function publishedMonths(keys: readonly string[]): PublishedMonth[] {
  const months = new Map<string, PublishedMonth>();
  for (const key of keys) {
    const match = REPORT_KEY.exec(key);
    if (!match) continue;
    const month = `${match[1]}-${match[2]}`;
    let entry = months.get(month);
    if (!entry) {
      entry = { month, html: [], markdown: [], data: false };
      months.set(month, entry);
    }
    if (match[3] === 'data.json') entry.data = true;
    else if (match[5] === 'html') entry.html.push(match[4] as Language);
    else entry.markdown.push(match[4] as Language);
  }
  const order = (langs: Language[]) => LANGUAGES.filter((l) => langs.includes(l));
  return [...months.values()]
    // data.json is the last month file written, so a month without it is a run that failed midway (another
    // month's later run must not list it); a month without pages has nothing to read.
    .filter((m) => m.data && m.html.length > 0)
    .map((m) => ({ ...m, html: order(m.html), markdown: order(m.markdown) }))
    .sort((a, b) => (a.month < b.month ? 1 : -1));
}

export function renderReportIndex(keys: readonly string[]): string {
  const months = publishedMonths(keys);
  const rows = months.map((m) => {
    const [yyyy, mm] = m.month.split('-');
    const base = `${yyyy}/${mm}`;
    const links = m.html.map((lang) => {
      const md = m.markdown.includes(lang) ? ` (<a href="${base}/report.${lang}.md">md</a>)` : '';
      return `<a href="${base}/report.${lang}.html" hreflang="${lang}" lang="${lang}">${escapeHtml(monthLabel(m.month, lang))}</a>${md}`;
    });
    if (m.data) links.push(`<a href="${base}/data.json">data.json</a>`);
    return `<li><strong>${m.month}</strong> · ${links.join(' · ')}</li>`;
  });
  const titles = LANGUAGES.map((lang) => `<h1 lang="${lang}">${escapeHtml(TEXTS[lang].indexTitle)}</h1>`);
  const empty = LANGUAGES.map((lang) => `<p lang="${lang}">${escapeHtml(TEXTS[lang].indexEmpty)}</p>`);
  return `${[
    '<!doctype html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="sozwatch">',
    `<title>${escapeHtml(TEXTS.ru.indexTitle)}</title>`,
    '<style>body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24}main{max-width:48rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.2rem;margin:.2rem 0}.org{color:#5b6470;font-size:.85rem}.org span{display:block}ul{padding-left:1.1rem}li{margin:.4rem 0}a{color:#0b5cad}</style>',
    '</head>',
    '<body>',
    '<main>',
    `<p class="org">${ORGANISATION_NAMES.map((n) => `<span>${escapeHtml(n)}</span>`).join('')}</p>`,
    ...titles,
    `<p class="org">${LANGUAGES.map((l) => escapeHtml(LANGUAGE_SELF_NAMES[l])).join(' · ')}</p>`,
    ...(rows.length ? ['<ul>', ...rows, '</ul>'] : empty),
    '</main>',
    '</body>',
    '</html>',
  ].join('\n')}\n`;
}
