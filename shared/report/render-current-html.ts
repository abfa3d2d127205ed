// The report in the current layout as one self-contained HTML page (same style sheet and guarantees as
// the 2021 layout: no scripts, no external requests, the same data and language give the same bytes).
import { subcategoryOf } from '../domain/incident';
import { CATEGORY_GROUPS, CATEGORY_LABELS, type Language } from '../domain/taxonomy';
import { formatAmount } from './amounts';
import { CURRENT_TEXTS, entriesByCategory, formatChange, legalChargeCount, legalRowLabel, subcategoryRows } from './current-layout';
import { contactsHtml, editorialHtml, escapeHtml, REPORT_CSS, safeHref } from './render-html';
import type { ReportData, ReportEntryView } from './report-statistics';
import { baselineNote, statisticsSentences } from './report-summary';
import {
  articleLabel,
  formatDate,
  formatNumber,
  LANGUAGE_SELF_NAMES,
  monthLabel,
  ORGANISATION_NAMES,
  periodLabel,
  pickEntryText,
  reportTitle,
  TEXTS,
  editorialTexts,
  type EditorialSettings,
} from './report-texts';

function lines(parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

function table(head: string[], rows: { cells: string[]; cls?: 'sub' | 'indent' }[]): string {
  const th = head.map((h, i) => `<th${i > 0 ? ' class="num"' : ''} scope="col">${h}</th>`).join('');
  const body = rows.map(({ cells, cls }) => {
    const tds = cells.map((c, i) => (i === 0 ? `<td${cls === 'indent' ? ' class="indent"' : ''}>${c}</td>` : `<td class="num">${c}</td>`)).join('');
    return `<tr${cls === 'sub' ? ' class="sub"' : ''}>${tds}</tr>`;
  });
  return lines(['<div class="table-wrap"><table>', `<thead><tr>${th}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table></div>']);
}

/** Counts first: each group with its categories and, under them, their subcategories; legal actions as new charges. */
function countsHtml(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const c = CURRENT_TEXTS[lang];
  const head = [escapeHtml(t.category), escapeHtml(monthLabel(data.periods.month, lang)), escapeHtml(monthLabel(data.periods.previousMonth, lang))];
  const out: string[] = [];
  for (const group of CATEGORY_GROUPS) {
    const groupRow = data.groups.find((g) => g.id === group.id)!;
    const legal = group.id === 'legal_actions';
    const rows: { cells: string[]; cls?: 'sub' | 'indent' }[] = [];
    const groupMonth = legal ? data.charges.month.total : groupRow.month;
    rows.push({ cells: [escapeHtml(t.total), formatNumber(groupMonth), legal ? '—' : formatNumber(groupRow.previousMonth)], cls: 'sub' });
    for (const category of group.categories) {
      const row = data.categories.find((r) => r.id === category)!;
      const month = legal ? legalChargeCount(data, category)! : row.month;
      const label = (legal ? legalRowLabel(category, lang) : undefined) ?? CATEGORY_LABELS[category][lang];
      rows.push({ cells: [escapeHtml(label), formatNumber(month), legal ? '—' : formatNumber(row.previousMonth)] });
      for (const sub of subcategoryRows(data, category)) {
        const label = `${c.ofWhich}: ${subcategoryOf(sub.id).label[lang]}`;
        rows.push({ cells: [escapeHtml(label), formatNumber(sub.month), formatNumber(sub.previousMonth)], cls: 'indent' });
      }
    }
    out.push(`<h3>${escapeHtml(group.label[lang])}</h3>`, table(head, rows));
    if (legal) out.push(`<p class="note">${escapeHtml(c.newChargesNote)}</p>`);
  }
  return out.join('\n');
}

function comparisonHtml(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const c = CURRENT_TEXTS[lang];
  const p = data.periods;
  const head = [
    escapeHtml(t.category),
    escapeHtml(periodLabel(p.yearToDate.from, p.yearToDate.to, lang)),
    escapeHtml(periodLabel(p.lastYearToDate.from, p.lastYearToDate.to, lang)),
    escapeHtml(c.change),
  ];
  const rows: { cells: string[]; cls?: 'sub' | 'indent' }[] = [];
  const cells = (label: string, now: number, before: number) => [escapeHtml(label), formatNumber(now), formatNumber(before), formatChange(now, before)];
  for (const group of CATEGORY_GROUPS) {
    const g = data.groups.find((row) => row.id === group.id)!;
    rows.push({ cells: cells(group.label[lang], g.yearToDate, g.lastYearToDate), cls: 'sub' });
    for (const category of group.categories) {
      const row = data.categories.find((r) => r.id === category)!;
      rows.push({ cells: cells(CATEGORY_LABELS[category][lang], row.yearToDate, row.lastYearToDate), cls: 'indent' });
    }
  }
  rows.push({ cells: cells(t.total, data.totals.yearToDate, data.totals.lastYearToDate), cls: 'sub' });
  return table(head, rows);
}

function entryHtml(entry: ReportEntryView, lang: Language): string {
  const t = TEXTS[lang];
  const picked = pickEntryText(entry.text, lang);
  const meta = [`<time datetime="${escapeHtml(entry.eventDate)}">${formatDate(entry.eventDate)}</time>`];
  if (entry.subcategory) meta.push(escapeHtml(subcategoryOf(entry.subcategory).label[lang]));
  const place = entry.incident?.city ?? entry.region;
  if (entry.outlet) meta.push(escapeHtml(entry.outlet));
  if (place) meta.push(escapeHtml(place));
  const paragraphs = (picked.text || entry.title)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`);
  const links = [entry.url, ...(entry.incident?.sourceLinks ?? []).filter((link) => link !== entry.url)];
  const sources = links.map((link, i) => {
    const href = safeHref(link);
    const label = escapeHtml(i === 0 ? entry.title || link : link);
    return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${label}</a>` : label;
  });
  return lines([
    `<article class="entry" id="item-${escapeHtml(entry.id)}">`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    ...paragraphs,
    picked.fallbackFrom && `<p class="note" lang="${lang}">${escapeHtml(t.fallbackNote(picked.fallbackFrom))}</p>`,
    `<p class="source">${sources.join('<br>')}</p>`,
    '</article>',
  ]);
}

function legalHtml(data: ReportData, lang: Language): string {
  const t = TEXTS[lang];
  const p = data.periods;
  const head = [escapeHtml(t.period), escapeHtml(monthLabel(p.month, lang)), escapeHtml(`${t.yearToDate} (${periodLabel(p.yearToDate.from, p.yearToDate.to, lang)})`)];
  const note = baselineNote(data, lang);
  return lines([
    ...statisticsSentences(data, lang).map((sentence) => `<p>${escapeHtml(sentence)}</p>`),
    table(head, [
      { cells: [escapeHtml(t.judicialActsIssued), formatNumber(data.judicialActs.month.total), formatNumber(data.judicialActs.yearToDate.total)] },
      { cells: [escapeHtml(t.forDefendants), formatNumber(data.judicialActs.month.forDefendants), formatNumber(data.judicialActs.yearToDate.forDefendants)], cls: 'indent' },
      { cells: [escapeHtml(`${t.claimed}, ${t.tenge}`), formatAmount(data.damages.month.claimedKzt, lang), formatAmount(data.damages.yearToDate.claimedKzt, lang)] },
      { cells: [escapeHtml(`${t.awarded}, ${t.tenge}`), formatAmount(data.damages.month.awardedKzt, lang), formatAmount(data.damages.yearToDate.awardedKzt, lang)] },
      ...data.lawArticles.map((a) => ({ cells: [escapeHtml(articleLabel(a, lang)), formatNumber(a.month), formatNumber(a.yearToDate)] })),
    ]),
    data.entriesWithoutCaseFacts > 0 && `<p class="note">${escapeHtml(t.missingCaseFacts)}: ${data.entriesWithoutCaseFacts}</p>`,
    note && `<p class="note">${escapeHtml(note)}</p>`,
  ]);
}

export function renderCurrentReportHtml(data: ReportData, lang: Language, editorial: EditorialSettings = {}): string {
  const t = TEXTS[lang];
  const e = editorialTexts(lang, editorial);
  const c = CURRENT_TEXTS[lang];
  const title = reportTitle(data.month, lang);
  const sections = entriesByCategory(data.entries);
  const toc: [string, string][] = [
    ['counts', c.countsHeading],
    ['comparison', c.comparisonHeading],
    ['events', c.eventsHeading],
    ['categories', c.sectionsHeading],
    ['legal', c.legalHeading],
    ['sources', t.sourcesHeading],
  ];
  return `${lines([
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="sozwatch">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    '<header>',
    `<p class="org">${ORGANISATION_NAMES.map((n) => `<span>${escapeHtml(n)}</span>`).join('')}</p>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="product">${escapeHtml(t.product)} · ${escapeHtml(LANGUAGE_SELF_NAMES[lang])}</p>`,
    '</header>',
    '<main>',
    `<p>${editorialHtml(e.introduction)}</p>`,
    `<nav><strong>${escapeHtml(t.contents)}</strong><ol>${toc.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`).join('')}</ol></nav>`,
    '<section id="counts">',
    `<h2>${escapeHtml(c.countsHeading)}</h2>`,
    countsHtml(data, lang),
    '</section>',
    '<section id="comparison">',
    `<h2>${escapeHtml(c.comparisonHeading)}</h2>`,
    comparisonHtml(data, lang),
    '</section>',
    '<section id="events">',
    `<h2>${escapeHtml(c.eventsHeading)}</h2>`,
    data.contextEntries.length === 0 ? `<p>${escapeHtml(c.noEvents)}</p>` : data.contextEntries.map((e) => entryHtml(e, lang)).join('\n'),
    '</section>',
    '<section id="categories">',
    `<h2>${escapeHtml(c.sectionsHeading)}</h2>`,
    sections.length === 0 && `<p>${escapeHtml(t.noEntries)}</p>`,
    ...sections.flatMap(({ category, entries }) => [
      `<h3 id="category-${category}">${escapeHtml(CATEGORY_LABELS[category][lang])} (${entries.length})</h3>`,
      ...entries.map((e) => entryHtml(e, lang)),
    ]),
    '</section>',
    '<section id="legal">',
    `<h2>${escapeHtml(c.legalHeading)}</h2>`,
    legalHtml(data, lang),
    '</section>',
    '<section id="sources">',
    `<h2>${escapeHtml(t.sourcesHeading)}</h2>`,
    `<p>${editorialHtml(e.methodology)}</p>`,
    '</section>',
    '</main>',
    '<footer>',
    `<h2>${escapeHtml(t.contactsHeading)}</h2>`,
    ...contactsHtml(lang, e),
    `<p class="note">${escapeHtml(ORGANISATION_NAMES.join(' · '))}</p>`,
    '</footer>',
    '</div>',
    '</body>',
    '</html>',
  ])}\n`;
}
